package org.hifazat.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.curriculum.model.Answer;
import org.hifazat.curriculum.model.ItemResult;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.QuizResult;
import org.hifazat.curriculum.model.Scoring;

/** A pupil's way through a module: opening it, steps, confidence, quiz attempts and mastery. */
@ApplicationScoped
@Transactional
public class LearningService {

    /** The first try and one retry; after that the answers are explained. */
    public static final int MAX_ATTEMPTS = 2;

    public enum Phase {
        PRE,
        POST;

        public String code() {
            return name().toLowerCase();
        }
    }

    /** Opens the module for the pupil (first time: a progress row on the module's current version). */
    public ModuleProgress open(long pupilId, Module module) {
        return ModuleProgress.findFor(pupilId, module.id()).orElseGet(() -> {
            ModuleProgress progress = new ModuleProgress();
            progress.pupilId = pupilId;
            progress.moduleId = module.id();
            progress.contentVersion = module.version();
            progress.status = ModuleProgress.IN_PROGRESS;
            progress.stepsTotal = module.steps().size();
            progress.startedAt = LocalDateTime.now();
            progress.updatedAt = progress.startedAt;
            progress.persist();
            return progress;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleProgress> progressOf(long pupilId) {
        return ModuleProgress.listForPupil(pupilId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ModuleProgress> progress(long pupilId, String moduleId) {
        return ModuleProgress.findFor(pupilId, moduleId);
    }

    /** Records that the pupil finished step {@code index} (0-based); going back never lowers the count. */
    public void stepDone(long pupilId, Module module, int index) {
        ModuleProgress progress = open(pupilId, module);
        progress.stepsDone =
                Math.max(progress.stepsDone, Math.min(index + 1, module.steps().size()));
        progress.stepsTotal = module.steps().size();
        progress.updatedAt = LocalDateTime.now();
    }

    /** Saves confidence levels (1-4) by item id; answering again replaces the earlier level. */
    public void saveConfidence(long pupilId, Module module, Phase phase, Map<String, Integer> levels) {
        Map<String, ConfidenceAnswer> existing = new HashMap<>();
        ConfidenceAnswer.listFor(pupilId, module.id(), phase.code()).forEach(a -> existing.put(a.itemId, a));
        levels.forEach((itemId, level) -> {
            ConfidenceAnswer answer = existing.get(itemId);
            if (answer == null) {
                answer = new ConfidenceAnswer();
                answer.pupilId = pupilId;
                answer.moduleId = module.id();
                answer.itemId = itemId;
                answer.phase = phase.code();
                answer.level = level;
                answer.answeredAt = LocalDateTime.now();
                answer.persist();
            } else {
                answer.level = level;
                answer.answeredAt = LocalDateTime.now();
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean confidenceGiven(long pupilId, String moduleId, Phase phase) {
        return !ConfidenceAnswer.listFor(pupilId, moduleId, phase.code()).isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuizAttempt> attempts(long pupilId, String moduleId) {
        return QuizAttempt.listFor(pupilId, moduleId);
    }

    /**
     * Starts attempt {@code number}. Asking again for the same number returns the same attempt (a double click);
     * a number out of turn, past the retry, or after mastery is refused.
     */
    public Optional<QuizAttempt> startAttempt(long pupilId, Module module, int number) {
        Optional<QuizAttempt> existing = QuizAttempt.findNumber(pupilId, module.id(), number);
        if (existing.isPresent()) {
            return existing;
        }
        List<QuizAttempt> earlier = QuizAttempt.listFor(pupilId, module.id());
        boolean inTurn = number == earlier.size() + 1 && number <= MAX_ATTEMPTS;
        boolean previousDone = earlier.stream().allMatch(QuizAttempt::finished);
        boolean mastered = earlier.stream().anyMatch(a -> a.mastered);
        if (!inTurn || !previousDone || mastered) {
            return Optional.empty();
        }
        open(pupilId, module);
        QuizAttempt attempt = new QuizAttempt();
        attempt.pupilId = pupilId;
        attempt.moduleId = module.id();
        attempt.contentVersion = module.version();
        attempt.attemptNumber = number;
        attempt.startedAt = LocalDateTime.now();
        attempt.persist();
        return Optional.of(attempt);
    }

    /** The pupil's own attempt at this module, or 404: another pupil's attempt id is never found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuizAttempt attemptOf(long pupilId, String moduleId, long attemptId) {
        QuizAttempt attempt = QuizAttempt.findById(attemptId);
        if (attempt == null || attempt.pupilId != pupilId || !attempt.moduleId.equals(moduleId)) {
            throw new NotFoundException();
        }
        return attempt;
    }

    /** The results so far in an attempt, by question id (stored answers re-scored against the module). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, ItemResult> results(QuizAttempt attempt, Module module) {
        Map<String, ItemResult> results = new HashMap<>();
        for (AttemptAnswer stored : AttemptAnswer.listFor(attempt.id)) {
            module.item(stored.questionId)
                    .ifPresent(item -> results.put(item.id(), Scoring.score(item, AnswerCodec.decode(stored.answer))));
        }
        return results;
    }

    /**
     * Records one answer and returns its result. The first answer to a question in an attempt counts; sending it
     * again (a double click, a retry over a slow network) returns that first result and writes nothing. When the
     * last question is answered the attempt is scored and the module's progress updated.
     */
    public ItemResult answer(long pupilId, Module module, long attemptId, QuizItem item, Answer answer) {
        QuizAttempt attempt = QuizAttempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || attempt.pupilId != pupilId || !attempt.moduleId.equals(module.id())) {
            throw new NotFoundException();
        }
        Optional<AttemptAnswer> stored = AttemptAnswer.findFor(attempt.id, item.id());
        if (stored.isPresent()) {
            return Scoring.score(item, AnswerCodec.decode(stored.get().answer));
        }
        if (attempt.finished()) {
            throw new NotFoundException();
        }
        ItemResult result = Scoring.score(item, answer);
        AttemptAnswer row = new AttemptAnswer();
        row.attemptId = attempt.id;
        row.questionId = item.id();
        row.answer = AnswerCodec.encode(answer);
        row.correct = result.correct();
        row.graded = result.graded();
        row.answeredAt = LocalDateTime.now();
        row.persist();
        if (AttemptAnswer.count("attemptId", attempt.id) >= module.quiz().size()) {
            finish(attempt, module);
        }
        return result;
    }

    private void finish(QuizAttempt attempt, Module module) {
        QuizResult result = Scoring.result(module, results(attempt, module));
        LocalDateTime now = LocalDateTime.now();
        attempt.finishedAt = now;
        attempt.score = result.percent();
        attempt.mastered = result.mastered();
        attempt.criticalWrong = !result.criticalMissed().isEmpty();
        ModuleProgress progress = open(attempt.pupilId, module);
        progress.attempts = Math.max(progress.attempts, attempt.attemptNumber);
        progress.bestScore =
                progress.bestScore == null ? result.percent() : Math.max(progress.bestScore, result.percent());
        progress.criticalWrong = attempt.criticalWrong && !result.mastered() && !progress.mastered();
        progress.contentVersion = module.version();
        if (progress.completedAt == null) {
            progress.completedAt = now;
        }
        if (result.mastered() && !progress.mastered()) {
            progress.status = ModuleProgress.MASTERED;
            progress.masteredAt = now;
        } else if (!progress.mastered()) {
            progress.status = ModuleProgress.COMPLETED;
        }
        progress.updatedAt = now;
    }
}

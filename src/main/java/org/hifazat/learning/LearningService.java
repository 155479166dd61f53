package org.hifazat.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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

/**
 * A learner's way through a module: opening it, steps, confidence, quiz attempts and mastery. The same rules hold
 * for pupils and for adults taking the teacher track.
 */
@ApplicationScoped
@Transactional
public class LearningService {

    /** The first try and one retry; after that the answers are explained. */
    public static final int MAX_ATTEMPTS = 2;

    @Inject
    Event<ModuleMastered> mastered;

    public enum Phase {
        PRE,
        POST;

        public String code() {
            return name().toLowerCase();
        }
    }

    /** Opens the module for the learner (first time: a progress row on the module's current version). */
    public ModuleProgress open(Learner learner, Module module) {
        return ModuleProgress.findFor(learner, module.id()).orElseGet(() -> {
            ModuleProgress progress = new ModuleProgress();
            progress.pupilId = learner.pupilIdOrNull();
            progress.adultId = learner.adultIdOrNull();
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

    public List<ModuleProgress> progressOf(Learner learner) {
        return ModuleProgress.listFor(learner);
    }

    /** A pupil's progress on every module they have opened. */
    public List<ModuleProgress> progressOf(long pupilId) {
        return progressOf(Learner.pupil(pupilId));
    }

    public Optional<ModuleProgress> progress(Learner learner, String moduleId) {
        return ModuleProgress.findFor(learner, moduleId);
    }

    /** Records that the learner finished step {@code index} (0-based); going back never lowers the count. */
    public void stepDone(Learner learner, Module module, int index) {
        ModuleProgress progress = open(learner, module);
        progress.stepsDone =
                Math.max(progress.stepsDone, Math.min(index + 1, module.steps().size()));
        progress.stepsTotal = module.steps().size();
        progress.updatedAt = LocalDateTime.now();
    }

    /** Saves confidence levels (1-4) by item id; answering again replaces the earlier level. */
    public void saveConfidence(Learner learner, Module module, Phase phase, Map<String, Integer> levels) {
        Map<String, ConfidenceAnswer> existing = new HashMap<>();
        ConfidenceAnswer.listFor(learner, module.id(), phase.code()).forEach(a -> existing.put(a.itemId, a));
        levels.forEach((itemId, level) -> {
            ConfidenceAnswer answer = existing.get(itemId);
            if (answer == null) {
                answer = new ConfidenceAnswer();
                answer.pupilId = learner.pupilIdOrNull();
                answer.adultId = learner.adultIdOrNull();
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

    public boolean confidenceGiven(Learner learner, String moduleId, Phase phase) {
        return !ConfidenceAnswer.listFor(learner, moduleId, phase.code()).isEmpty();
    }

    public List<QuizAttempt> attempts(Learner learner, String moduleId) {
        return QuizAttempt.listFor(learner, moduleId);
    }

    /**
     * Starts attempt {@code number}. Asking again for the same number returns the same attempt (a double click);
     * a number out of turn, past the retry, or after mastery is refused.
     */
    public Optional<QuizAttempt> startAttempt(Learner learner, Module module, int number) {
        Optional<QuizAttempt> existing = QuizAttempt.findNumber(learner, module.id(), number);
        if (existing.isPresent()) {
            return existing;
        }
        List<QuizAttempt> earlier = QuizAttempt.listFor(learner, module.id());
        boolean inTurn = number == earlier.size() + 1 && number <= MAX_ATTEMPTS;
        boolean previousDone = earlier.stream().allMatch(QuizAttempt::finished);
        boolean mastered = earlier.stream().anyMatch(a -> a.mastered);
        if (!inTurn || !previousDone || mastered) {
            return Optional.empty();
        }
        open(learner, module);
        QuizAttempt attempt = new QuizAttempt();
        attempt.pupilId = learner.pupilIdOrNull();
        attempt.adultId = learner.adultIdOrNull();
        attempt.moduleId = module.id();
        attempt.contentVersion = module.version();
        attempt.attemptNumber = number;
        attempt.startedAt = LocalDateTime.now();
        attempt.persist();
        return Optional.of(attempt);
    }

    /** The learner's own attempt at this module, or 404: another learner's attempt id is never found. */
    public QuizAttempt attemptOf(Learner learner, String moduleId, long attemptId) {
        QuizAttempt attempt = QuizAttempt.findById(attemptId);
        if (attempt == null || !attempt.belongsTo(learner) || !attempt.moduleId.equals(moduleId)) {
            throw new NotFoundException();
        }
        return attempt;
    }

    /** The results so far in an attempt, by question id (stored answers re-scored against the module). */
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
    public ItemResult answer(Learner learner, Module module, long attemptId, QuizItem item, Answer answer) {
        QuizAttempt attempt = QuizAttempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || !attempt.belongsTo(learner) || !attempt.moduleId.equals(module.id())) {
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
            finish(learner, attempt, module);
        }
        return result;
    }

    private void finish(Learner learner, QuizAttempt attempt, Module module) {
        QuizResult result = Scoring.result(module, results(attempt, module));
        LocalDateTime now = LocalDateTime.now();
        attempt.finishedAt = now;
        attempt.score = result.percent();
        attempt.mastered = result.mastered();
        attempt.criticalWrong = !result.criticalMissed().isEmpty();
        ModuleProgress progress = open(learner, module);
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
            mastered.fire(new ModuleMastered(learner, module, progress));
        } else if (!progress.mastered()) {
            progress.status = ModuleProgress.COMPLETED;
        }
        progress.updatedAt = now;
    }
}

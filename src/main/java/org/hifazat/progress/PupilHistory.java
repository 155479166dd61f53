package org.hifazat.progress;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hifazat.assignment.AssignmentService;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Module;
import org.hifazat.school.Pupil;
import org.hifazat.web.Language;

/** One pupil's history: every module given to the class or opened by the pupil, its attempts and confidence. */
@ApplicationScoped
@Transactional
public class PupilHistory {

    /** A quiz attempt and the questions answered wrongly in it. */
    @TemplateData
    public record Attempt(
            int number,
            LocalDateTime finishedAt,
            Integer score,
            boolean mastered,
            boolean criticalWrong,
            List<String> wrong) {

        public boolean finished() {
            return finishedAt != null;
        }

        /** The day and minute it ended, as shown. */
        public String finishedOn() {
            return finishedAt == null
                    ? ""
                    : finishedAt.toLocalDate() + " "
                            + finishedAt.toLocalTime().withSecond(0).withNano(0);
        }
    }

    /** One module in the pupil's history. */
    @TemplateData
    public record Entry(
            String title,
            Dashboard.Status status,
            int stepsDone,
            int stepsTotal,
            Integer bestScore,
            LocalDate startedOn,
            LocalDate completedOn,
            LocalDate masteredOn,
            String confidenceBefore,
            String confidenceAfter,
            List<Attempt> attempts) {}

    @Inject
    ClassProgress reads;

    @Inject
    AssignmentService assignments;

    @Inject
    CurriculumService curriculum;

    public List<Entry> of(Pupil pupil, LocalDate today, Language lang) {
        Map<String, ClassProgress.ProgressRow> progress = new HashMap<>();
        Set<String> moduleIds = new LinkedHashSet<>();
        assignments.givenTo(pupil.schoolClass.id, today).forEach(w -> moduleIds.add(w.moduleId()));
        for (ClassProgress.ProgressRow p : reads.progressOfPupil(pupil.id)) {
            progress.put(p.moduleId(), p);
            moduleIds.add(p.moduleId());
        }
        Map<Long, List<String>> wrongByAttempt = new HashMap<>();
        Map<Long, String> moduleOfAttempt = new HashMap<>();
        List<ClassProgress.AttemptRow> attemptRows = reads.attemptsOfPupil(pupil.id);
        attemptRows.forEach(a -> moduleOfAttempt.put(a.id(), a.moduleId()));
        for (Object[] wrong : reads.wrongOfPupil(pupil.id)) {
            long attemptId = (Long) wrong[0];
            String questionId = (String) wrong[1];
            String prompt = curriculum
                    .module(moduleOfAttempt.get(attemptId))
                    .flatMap(m -> m.item(questionId))
                    .map(i -> i.prompt().in(lang.code()))
                    .orElse(questionId);
            wrongByAttempt.computeIfAbsent(attemptId, k -> new ArrayList<>()).add(prompt);
        }
        Map<String, List<Attempt>> attempts = new HashMap<>();
        for (ClassProgress.AttemptRow a : attemptRows) {
            attempts.computeIfAbsent(a.moduleId(), k -> new ArrayList<>())
                    .add(new Attempt(
                            a.number(),
                            a.finishedAt(),
                            a.score(),
                            a.mastered(),
                            a.criticalWrong(),
                            wrongByAttempt.getOrDefault(a.id(), List.of())));
        }
        Map<String, String> confidence = new HashMap<>();
        reads.confidenceOfPupil(pupil.id)
                .forEach(c -> confidence.put(
                        c.moduleId() + "/" + c.phase(),
                        String.format(Locale.ROOT, "%.1f", (double) c.levelSum() / c.answers())));
        List<Entry> entries = new ArrayList<>();
        for (String id : moduleIds) {
            Optional<Module> module = curriculum.module(id);
            ClassProgress.ProgressRow p = progress.get(id);
            entries.add(new Entry(
                    DashboardService.title(module, id, lang),
                    DashboardService.status(p),
                    p == null ? 0 : p.stepsDone(),
                    p == null ? module.map(m -> m.steps().size()).orElse(0) : p.stepsTotal(),
                    p == null ? null : p.bestScore(),
                    p == null ? null : p.startedAt().toLocalDate(),
                    day(p == null ? null : p.completedAt()),
                    day(p == null ? null : p.masteredAt()),
                    confidence.getOrDefault(id + "/pre", ""),
                    confidence.getOrDefault(id + "/post", ""),
                    attempts.getOrDefault(id, List.of())));
        }
        return entries;
    }

    private static LocalDate day(LocalDateTime time) {
        return time == null ? null : time.toLocalDate();
    }
}

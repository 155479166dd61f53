package org.hifazat.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hifazat.assignment.AssignmentService;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Answer;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Option;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.learning.AnswerCodec;
import org.hifazat.learning.ModuleProgress;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;

/** Builds a class's dashboard from a handful of queries (see {@link ClassProgress}). */
@ApplicationScoped
@Transactional
public class DashboardService {

    /** How many of the most-missed questions the dashboard lists. */
    static final int QUESTIONS_SHOWN = 10;

    @Inject
    ClassProgress reads;

    @Inject
    AssignmentService assignments;

    @Inject
    CurriculumService curriculum;

    public Dashboard of(SchoolClass schoolClass, LocalDate today, Language lang) {
        List<AssignmentService.Window> windows = assignments.givenTo(schoolClass.id, today);
        List<String> moduleIds =
                windows.stream().map(AssignmentService.Window::moduleId).toList();
        Map<String, Optional<Module>> modules = new LinkedHashMap<>();
        moduleIds.forEach(id -> modules.put(id, curriculum.module(id)));
        List<Dashboard.Column> columns = moduleIds.stream()
                .map(id -> new Dashboard.Column(id, title(modules.get(id), id, lang)))
                .toList();
        List<ClassProgress.PupilRow> pupils = reads.pupils(schoolClass.id);
        Map<String, ClassProgress.ProgressRow> progress = new HashMap<>();
        reads.progress(schoolClass.id, moduleIds).forEach(p -> progress.put(p.pupilId() + "/" + p.moduleId(), p));

        List<Dashboard.GridRow> rows = new ArrayList<>();
        List<Dashboard.HelpRow> help = new ArrayList<>();
        for (ClassProgress.PupilRow pupil : pupils) {
            List<Dashboard.Cell> cells = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                ClassProgress.ProgressRow p = progress.get(pupil.id() + "/" + moduleIds.get(i));
                cells.add(cell(p, lang));
                String title = columns.get(i).title();
                reason(p, windows.get(i), today).ifPresent(key -> reasons.add(Messages.get(lang, key) + ": " + title));
            }
            rows.add(new Dashboard.GridRow(pupil.id(), pupil.displayName(), cells));
            if (!reasons.isEmpty()) {
                help.add(new Dashboard.HelpRow(pupil.id(), pupil.displayName(), reasons));
            }
        }
        return new Dashboard(
                columns,
                rows,
                summaries(schoolClass.id, moduleIds, columns, pupils.size(), progress.values(), lang),
                questions(schoolClass.id, moduleIds, modules, lang),
                help,
                chart(windows, progress.values(), pupils.size() * moduleIds.size(), today),
                new Dashboard.Labels(
                        Messages.get(lang, "dashboard_column_pupil"),
                        Messages.get(lang, "dashboard_column_status"),
                        Messages.get(lang, "dashboard_column_score")));
    }

    static Dashboard.Status status(ClassProgress.ProgressRow p) {
        if (p == null) {
            return Dashboard.Status.NOT_STARTED;
        }
        return switch (p.status()) {
            case ModuleProgress.MASTERED -> Dashboard.Status.MASTERED;
            case ModuleProgress.COMPLETED -> Dashboard.Status.COMPLETED;
            default -> Dashboard.Status.IN_PROGRESS;
        };
    }

    private static Dashboard.Cell cell(ClassProgress.ProgressRow p, Language lang) {
        Dashboard.Status status = status(p);
        String text = Messages.get(lang, status.key());
        if (status == Dashboard.Status.IN_PROGRESS) {
            text += " " + p.stepsDone() + "/" + p.stepsTotal();
        }
        String score = p == null || p.bestScore() == null ? "" : p.bestScore().toString();
        return new Dashboard.Cell(status, text, score);
    }

    /**
     * Why a pupil needs help with a module, as a message key: not started a day after the window opened, two quiz
     * attempts without mastery, or an important (critical) question wrong in the latest attempt.
     */
    static Optional<String> reason(ClassProgress.ProgressRow p, AssignmentService.Window window, LocalDate today) {
        if (p == null) {
            return window.startsOn().isBefore(today) ? Optional.of("dashboard_help_not_started") : Optional.empty();
        }
        if (ModuleProgress.MASTERED.equals(p.status())) {
            return Optional.empty();
        }
        if (p.criticalWrong()) {
            return Optional.of("dashboard_help_critical");
        }
        if (p.attempts() >= 2) {
            return Optional.of("dashboard_help_failed_twice");
        }
        return Optional.empty();
    }

    private List<Dashboard.ModuleSummary> summaries(
            long classId,
            List<String> moduleIds,
            List<Dashboard.Column> columns,
            int pupils,
            java.util.Collection<ClassProgress.ProgressRow> progress,
            Language lang) {
        Map<String, ClassProgress.ConfidenceSum> confidence = new HashMap<>();
        reads.confidence(classId, moduleIds).forEach(c -> confidence.put(c.moduleId() + "/" + c.phase(), c));
        List<Dashboard.ModuleSummary> summaries = new ArrayList<>();
        for (int i = 0; i < moduleIds.size(); i++) {
            String id = moduleIds.get(i);
            List<ClassProgress.ProgressRow> rows =
                    progress.stream().filter(p -> p.moduleId().equals(id)).toList();
            long completed = rows.stream().filter(p -> p.completedAt() != null).count();
            long mastered = rows.stream()
                    .filter(p -> ModuleProgress.MASTERED.equals(p.status()))
                    .count();
            List<Integer> scores = rows.stream()
                    .map(ClassProgress.ProgressRow::bestScore)
                    .filter(Objects::nonNull)
                    .toList();
            String average = scores.isEmpty()
                    ? ""
                    : String.valueOf(Math.round(scores.stream()
                            .mapToInt(Integer::intValue)
                            .average()
                            .orElse(0)));
            ClassProgress.ConfidenceSum pre = confidence.get(id + "/pre");
            ClassProgress.ConfidenceSum post = confidence.get(id + "/post");
            summaries.add(new Dashboard.ModuleSummary(
                    columns.get(i).title(),
                    pupils,
                    rows.size(),
                    (int) completed,
                    (int) mastered,
                    average,
                    mean(pre),
                    pre == null ? 0 : pre.pupils(),
                    mean(post),
                    post == null ? 0 : post.pupils()));
        }
        return summaries;
    }

    private List<Dashboard.QuestionStat> questions(
            long classId, List<String> moduleIds, Map<String, Optional<Module>> modules, Language lang) {
        Map<String, List<ClassProgress.WrongAnswer>> wrongByQuestion = new HashMap<>();
        reads.wrongAnswers(classId, moduleIds).forEach(w -> wrongByQuestion
                .computeIfAbsent(w.moduleId() + "/" + w.questionId(), k -> new ArrayList<>())
                .add(w));
        return reads.questionCounts(classId, moduleIds).stream()
                .filter(q -> q.wrong() > 0)
                .sorted(Comparator.comparingLong(ClassProgress.QuestionCount::wrong)
                        .reversed()
                        .thenComparing(q -> (double) q.wrong() / q.answered(), Comparator.reverseOrder())
                        .thenComparing(ClassProgress.QuestionCount::moduleId)
                        .thenComparing(ClassProgress.QuestionCount::questionId))
                .limit(QUESTIONS_SHOWN)
                .map(q -> {
                    Optional<Module> module = modules.getOrDefault(q.moduleId(), Optional.empty());
                    Optional<QuizItem> item = module.flatMap(m -> m.item(q.questionId()));
                    Map<String, Long> chosen = wrongChoices(
                            item, wrongByQuestion.getOrDefault(q.moduleId() + "/" + q.questionId(), List.of()), lang);
                    Map.Entry<String, Long> most = chosen.entrySet().stream()
                            .max(Map.Entry.<String, Long>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                            .orElse(null);
                    return new Dashboard.QuestionStat(
                            title(module, q.moduleId(), lang),
                            item.map(i -> i.prompt().in(lang.code())).orElse(q.questionId()),
                            q.wrong(),
                            q.answered(),
                            most == null ? "" : most.getKey(),
                            most == null ? 0 : most.getValue());
                })
                .toList();
    }

    /** The wrong choices in these answers, by their text, with how often each was chosen. */
    static Map<String, Long> wrongChoices(
            Optional<QuizItem> item, List<ClassProgress.WrongAnswer> answers, Language lang) {
        Map<String, Long> counts = new HashMap<>();
        if (item.isEmpty()) {
            return counts;
        }
        List<Option> options = options(item.get());
        for (ClassProgress.WrongAnswer wrong : answers) {
            Answer answer = AnswerCodec.decode(wrong.answer());
            if (answer instanceof Answer.Choice choice) {
                options.stream()
                        .filter(o -> !o.correct() && choice.ids().contains(o.id()))
                        .forEach(o -> counts.merge(o.text().in(lang.code()), wrong.times(), Long::sum));
            } else if (answer instanceof Answer.Verdict verdict) {
                counts.merge(
                        Messages.get(lang, verdict.value() ? "dashboard_answer_true" : "dashboard_answer_false"),
                        wrong.times(),
                        Long::sum);
            }
        }
        return counts;
    }

    private static List<Option> options(QuizItem item) {
        if (item instanceof QuizItem.Single q) {
            return q.options();
        }
        if (item instanceof QuizItem.Multiple q) {
            return q.options();
        }
        if (item instanceof QuizItem.Chat q) {
            return q.options();
        }
        return List.of();
    }

    private static CompletionChart chart(
            List<AssignmentService.Window> windows,
            java.util.Collection<ClassProgress.ProgressRow> progress,
            int total,
            LocalDate today) {
        LocalDate from = windows.stream()
                .map(AssignmentService.Window::startsOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return CompletionChart.of(
                from,
                today,
                days(progress.stream()
                        .map(ClassProgress.ProgressRow::completedAt)
                        .toList()),
                days(progress.stream()
                        .map(ClassProgress.ProgressRow::masteredAt)
                        .toList()),
                total);
    }

    private static List<LocalDate> days(List<LocalDateTime> times) {
        return times.stream()
                .filter(Objects::nonNull)
                .map(LocalDateTime::toLocalDate)
                .toList();
    }

    private static String mean(ClassProgress.ConfidenceSum sum) {
        return sum == null || sum.answers() == 0
                ? ""
                : String.format(Locale.ROOT, "%.1f", (double) sum.levelSum() / sum.answers());
    }

    static String title(Optional<Module> module, String id, Language lang) {
        return module.map(m -> m.title().in(lang.code())).orElse(id);
    }
}

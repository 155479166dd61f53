package org.hifazat.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.audit.AuditEvent;
import org.hifazat.audit.AuditLog;
import org.hifazat.identity.AdultAccount;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;

/**
 * Storing what pupils tell, and everything teachers do with it. Each change is audited in the same transaction;
 * the audit log never holds a pupil's words or a note's text, only what happened to which report.
 */
@ApplicationScoped
@Transactional
public class WorryService {

    static final String TARGET = "worry";
    static final int MAX_NOTE = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A report as the inbox and the report page show it, read inside the transaction. */
    public record ReportView(
            long id,
            long classId,
            String classLabel,
            String pupilName,
            WorryCategory category,
            WorryPlace place,
            String words,
            WorryStatus status,
            String created,
            String updated,
            boolean shared) {

        static ReportView of(WorryReport r) {
            return new ReportView(
                    r.id,
                    r.schoolClass.id,
                    r.schoolClass.grade + "-" + r.schoolClass.section,
                    r.pupil == null ? null : r.pupil.displayName,
                    WorryCategory.ofWritten(r.category).orElse(WorryCategory.OTHER),
                    r.place == null ? null : WorryPlace.ofWritten(r.place).orElse(null),
                    r.details,
                    r.statusValue(),
                    r.createdAt.format(WHEN),
                    r.updatedAt.format(WHEN),
                    r.shared());
        }

        public boolean isNew() {
            return status == WorryStatus.NEW;
        }

        public String href() {
            return "/classes/" + classId + "/worries/" + id;
        }
    }

    /** A note as the report page shows it. */
    public record NoteView(String author, String body, String at) {}

    /** One line of a report's trail: when, who and what, in the page's language. */
    public record TrailEntry(String at, String who, String what) {}

    @Inject
    AuditLog audit;

    /**
     * Stores the pupil's report unless one with this key is already stored. Returns false for a resubmission.
     * Two requests with the same key at the same moment meet at the unique key: the second fails and the caller
     * finds the first with {@link #stored}.
     */
    public boolean tell(long pupilId, TellForm form) {
        if (WorryReport.findByKey(form.reportKey()).isPresent()) {
            return false;
        }
        Pupil pupil = Pupil.findById(pupilId);
        WorryReport report = new WorryReport();
        report.schoolClass = pupil.schoolClass;
        report.pupil = pupil;
        report.reportKey = form.reportKey();
        report.category = form.category().written();
        report.place = form.place() == null ? null : form.place().written();
        report.details = form.words();
        report.status = WorryStatus.NEW.written();
        report.createdAt = LocalDateTime.now();
        report.updatedAt = report.createdAt;
        report.persist();
        report.flush();
        audit.record("pupil:" + pupilId, "worry-reported", TARGET, report.id.toString(), report.category);
        return true;
    }

    /** Whether this pupil's report with this key is stored. */
    public boolean stored(long pupilId, String reportKey) {
        return WorryReport.findByKey(reportKey)
                .filter(r -> r.pupil != null && r.pupil.id == pupilId)
                .isPresent();
    }

    /** Whether a report with this key is stored, whoever sent it. */
    public boolean keyTaken(String reportKey) {
        return WorryReport.findByKey(reportKey).isPresent();
    }

    public List<ReportView> inbox(List<SchoolClass> classes, boolean sharedOnly, WorryStatus status) {
        return WorryReport.listInClasses(classes, sharedOnly, status).stream()
                .map(ReportView::of)
                .toList();
    }

    /** New reports per class id, with one query for all the classes. */
    public Map<Long, Long> newCounts(List<SchoolClass> classes, boolean sharedOnly) {
        Map<Long, Long> counts = new HashMap<>();
        if (classes.isEmpty()) {
            return counts;
        }
        WorryReport.getEntityManager()
                .createQuery(
                        "select r.schoolClass.id, count(r) from WorryReport r where r.schoolClass in ?1"
                                + " and r.status = 'new'" + (sharedOnly ? " and r.sharedAt is not null" : "")
                                + " group by r.schoolClass.id",
                        Object[].class)
                .setParameter(1, classes)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public ReportView view(WorryReport report) {
        return ReportView.of(report);
    }

    /** Records that an adult opened the report; the class teacher's first look makes a new report seen. */
    public void opened(WorryReport report, boolean classTeacher, String actor) {
        audit.record(actor, "worry-viewed", TARGET, report.id.toString(), null);
        if (classTeacher && report.statusValue() == WorryStatus.NEW) {
            changeStatus(report, WorryStatus.SEEN, actor);
        }
    }

    /** Moves the report to this status; setting the status it already has changes nothing. */
    public void changeStatus(WorryReport report, WorryStatus status, String actor) {
        if (status == WorryStatus.NEW) {
            throw new IllegalArgumentException("a report cannot become new again");
        }
        if (report.statusValue() == status) {
            return;
        }
        report.status = status.written();
        report.updatedAt = LocalDateTime.now();
        audit.record(actor, "worry-status", TARGET, report.id.toString(), status.written());
    }

    public void addNote(WorryReport report, AdultAccount author, String body, String actor) {
        WorryNote note = new WorryNote();
        note.report = report;
        note.author = author;
        note.body = body;
        note.createdAt = LocalDateTime.now();
        note.persist();
        report.updatedAt = note.createdAt;
        note.flush();
        audit.record(actor, "worry-note", TARGET, report.id.toString(), "note " + note.id);
    }

    /** Lets the head teacher read the report; sharing again changes nothing. */
    public void share(WorryReport report, String actor) {
        if (report.shared()) {
            return;
        }
        report.sharedAt = LocalDateTime.now();
        report.updatedAt = report.sharedAt;
        audit.record(actor, "worry-shared", TARGET, report.id.toString(), null);
    }

    public List<NoteView> notes(WorryReport report) {
        return WorryNote.listOf(report).stream()
                .map(n -> new NoteView(n.author.displayName, n.body, n.createdAt.format(WHEN)))
                .toList();
    }

    /** Every audited view and change of the report, oldest first. */
    public List<TrailEntry> trail(WorryReport report, Language language) {
        List<AuditEvent> events = AuditEvent.list(
                "targetType = ?1 and targetId = ?2 order by occurredAt, id", TARGET, report.id.toString());
        Map<String, String> names = new HashMap<>();
        return events.stream()
                .map(e -> new TrailEntry(
                        e.occurredAt.format(WHEN),
                        names.computeIfAbsent(e.actor, a -> who(a, language)),
                        what(e, language)))
                .toList();
    }

    private static String who(String actor, Language language) {
        if (actor.startsWith("pupil:")) {
            return Messages.get(language, "worry_trail_pupil");
        }
        Optional<AdultAccount> adult = actor.matches("adult:\\d{1,18}")
                ? AdultAccount.<AdultAccount>findByIdOptional(Long.parseLong(actor.substring(6)))
                : Optional.empty();
        return adult.map(a -> a.displayName).orElse(actor);
    }

    private static String what(AuditEvent event, Language language) {
        return switch (event.action) {
            case "worry-status" ->
                Messages.format(
                        language,
                        "worry_trail_status",
                        List.of(Messages.get(
                                language,
                                WorryStatus.ofWritten(event.details)
                                        .map(WorryStatus::messageKey)
                                        .orElse("worry_status_new"))));
            case "worry-reported", "worry-viewed", "worry-note", "worry-shared" ->
                Messages.get(language, "worry_trail_" + event.action.substring("worry-".length()));
            default -> event.action;
        };
    }
}

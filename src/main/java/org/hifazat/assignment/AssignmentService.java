package org.hifazat.assignment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hifazat.audit.AuditLog;
import org.hifazat.classes.ClassAccess;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.hifazat.identity.AdultAccount;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.ReadCache;

/** Giving modules to classes, changing and withdrawing them, and what a class has been given. */
@ApplicationScoped
@Transactional
public class AssignmentService {

    /** An open assignment as pupils see it: the module and its window. */
    public record Window(long assignmentId, String moduleId, LocalDate startsOn, LocalDate endsOn) {}

    /** Where an assignment stands on a day. */
    public enum State {
        CURRENT,
        UPCOMING,
        ENDED,
        WITHDRAWN;

        public static State of(Assignment a, LocalDate day) {
            if (a.withdrawn) {
                return WITHDRAWN;
            }
            if (a.startsOn.isAfter(day)) {
                return UPCOMING;
            }
            return a.endsOn.isBefore(day) ? ENDED : CURRENT;
        }

        public String key() {
            return "assignment_state_" + name().toLowerCase();
        }
    }

    /** An assignment as the class's list shows it. */
    public record Listed(
            long id,
            String moduleId,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean fromCampaign,
            State state,
            String assignedBy) {}

    /** What a class has open, read on every pupil page: kept a few seconds ({@link ReadCache}). */
    private record OpenOn(LocalDate day, List<Window> windows) {}

    /** Enough for every class with a pupil signed in on one instance. */
    static final long MAX_KEPT = 100_000;

    @Inject
    AuditLog audit;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "hifazat.web.read-cache-for")
    Duration keepFor;

    private ReadCache<Long, OpenOn> open;

    @PostConstruct
    void init() {
        open = new ReadCache<>(keepFor, MAX_KEPT);
    }

    @Inject
    CurriculumService curriculum;

    /**
     * The modules open to a class on a day (the day inside the window), newest first; one entry per module (a module
     * assigned twice shows once, with the latest window).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Window> openFor(long classId, LocalDate day) {
        OpenOn kept = open.get(classId, id -> new OpenOn(day, readOpen(id, day)));
        return kept.day().equals(day) ? kept.windows() : readOpen(classId, day);
    }

    /** After a set-based change to many classes' assignments (a campaign's): every class is read again. */
    public void forgetOpen() {
        open.forgetAll(transactions);
    }

    private static List<Window> readOpen(long classId, LocalDate day) {
        Map<String, Window> byModule = new LinkedHashMap<>();
        for (Assignment a : Assignment.listOpenFor(classId, day)) {
            byModule.putIfAbsent(a.moduleId, new Window(a.id, a.moduleId, a.startsOn, a.endsOn));
        }
        return List.copyOf(byModule.values());
    }

    /**
     * The modules a class has been given up to a day (windows opened and not withdrawn, ended ones too), one per
     * module with its first window, oldest first: the columns of the class dashboard.
     */
    public List<Window> givenTo(long classId, LocalDate day) {
        Map<String, Window> byModule = new LinkedHashMap<>();
        List<Assignment> opened = Assignment.list(
                "schoolClass.id = ?1 and withdrawn = false and startsOn <= ?2 order by startsOn, id", classId, day);
        for (Assignment a : opened) {
            byModule.putIfAbsent(a.moduleId, new Window(a.id, a.moduleId, a.startsOn, a.endsOn));
        }
        return List.copyOf(byModule.values());
    }

    /** Every assignment of the class with where it stands today, newest window first. */
    public List<Listed> listed(long classId, LocalDate today) {
        return Assignment.listAllForClass(classId).stream()
                .map(a -> new Listed(
                        a.id,
                        a.moduleId,
                        a.startsOn,
                        a.endsOn,
                        a.fromCampaign(),
                        State.of(a, today),
                        a.assignedBy == null ? "" : a.assignedBy.displayName))
                .toList();
    }

    /** How many assignments are open today in each of these classes, in one query. */
    public Map<Long, Long> openCounts(List<SchoolClass> classes, LocalDate today) {
        Map<Long, Long> counts = new HashMap<>();
        if (classes.isEmpty()) {
            return counts;
        }
        Assignment.getEntityManager()
                .createQuery(
                        "select a.schoolClass.id, count(a) from Assignment a where a.schoolClass in ?1"
                                + " and a.withdrawn = false and a.startsOn <= ?2 and a.endsOn >= ?2"
                                + " group by a.schoolClass.id",
                        Object[].class)
                .setParameter(1, classes)
                .setParameter(2, today)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** Records an assignment; the caller has checked the module exists and the teacher may assign to the class. */
    public Assignment assign(long classId, String moduleId, LocalDate startsOn, LocalDate endsOn, Long adultId) {
        Assignment assignment = new Assignment();
        assignment.schoolClass = SchoolClass.findById(classId);
        assignment.moduleId = moduleId;
        assignment.startsOn = startsOn;
        assignment.endsOn = endsOn;
        assignment.assignedBy = adultId == null ? null : AdultAccount.findById(adultId);
        assignment.createdAt = LocalDateTime.now();
        assignment.persist();
        open.forget(classId, transactions);
        return assignment;
    }

    /**
     * A teacher gives a pupil module of the catalogue to their open class for a checked window. Refused, with
     * nothing written, when the module is unknown, the class archived, or the module already assigned to the class
     * for days that overlap.
     */
    public Assignment assign(
            SchoolClass schoolClass, String moduleId, AssignmentForm window, AdultAccount teacher, String actor) {
        Module module = pupilModule(moduleId);
        lockAndCheckOpen(schoolClass);
        checkNoOverlap(schoolClass.id, module.id(), window, null);
        Assignment assignment = assign(schoolClass.id, module.id(), window.startsOn(), window.endsOn(), teacher.id);
        audit.record(
                actor,
                "assignment-created",
                "assignment",
                assignment.id.toString(),
                "class " + schoolClass.id + " " + module.id() + " " + window.startsOn() + ".." + window.endsOn());
        return assignment;
    }

    /** Moves an assignment's window; a campaign's or a withdrawn assignment is refused. */
    public void change(Assignment assignment, AssignmentForm window, String actor) {
        checkTeachersOwn(assignment);
        lockAndCheckOpen(assignment.schoolClass);
        checkNoOverlap(assignment.schoolClass.id, assignment.moduleId, window, assignment.id);
        String before = assignment.startsOn + ".." + assignment.endsOn;
        assignment.startsOn = window.startsOn();
        assignment.endsOn = window.endsOn();
        open.forget(assignment.schoolClass.id, transactions);
        audit.record(
                actor,
                "assignment-changed",
                "assignment",
                assignment.id.toString(),
                before + " -> " + window.startsOn() + ".." + window.endsOn());
    }

    /** Withdraws an assignment: pupils no longer see the module; their progress is kept. */
    public void withdraw(Assignment assignment, String actor) {
        checkTeachersOwn(assignment);
        assignment.withdrawn = true;
        open.forget(assignment.schoolClass.id, transactions);
        audit.record(actor, "assignment-withdrawn", "assignment", assignment.id.toString(), assignment.moduleId);
    }

    /** The assignment with this id (as typed in an address) of this class, or 404. */
    public Assignment ofClass(SchoolClass schoolClass, String assignmentId) {
        return ClassAccess.parseId(assignmentId)
                .flatMap(id -> Assignment.findInClass(schoolClass.id, id))
                .orElseThrow(NotFoundException::new);
    }

    /** A module pupils can be given, or a Problem: teacher units and unknown ids are refused alike. */
    public Module pupilModule(String moduleId) {
        return curriculum
                .module(moduleId == null ? "" : moduleId.strip())
                .filter(m -> m.audience() == Audience.PUPIL)
                .orElseThrow(() -> new AssignmentForm.Problem("assignment_problem_module"));
    }

    private static void checkTeachersOwn(Assignment assignment) {
        if (assignment.fromCampaign()) {
            throw new AssignmentForm.Problem("assignment_problem_campaign");
        }
        if (assignment.withdrawn) {
            throw new AssignmentForm.Problem("assignment_problem_withdrawn");
        }
    }

    /** Locks the class row, so two assignments posted at once cannot both pass the overlap check. */
    private static void lockAndCheckOpen(SchoolClass schoolClass) {
        SchoolClass.getEntityManager().lock(schoolClass, LockModeType.PESSIMISTIC_WRITE);
        if (schoolClass.archived) {
            throw new AssignmentForm.Problem("assignment_problem_archived");
        }
    }

    private static void checkNoOverlap(long classId, String moduleId, AssignmentForm window, Long except) {
        boolean overlap = Assignment.listAllForClass(classId).stream()
                .filter(a -> !a.withdrawn && a.moduleId.equals(moduleId) && !a.id.equals(except))
                .anyMatch(a -> window.overlaps(a.startsOn, a.endsOn));
        if (overlap) {
            throw new AssignmentForm.Problem("assignment_problem_overlap");
        }
    }
}

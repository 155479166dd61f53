package org.hifazat.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.identity.AdultAccount;
import org.hifazat.school.SchoolClass;

/** Giving modules to classes, and what a class has been given. */
@ApplicationScoped
@Transactional
public class AssignmentService {

    /** An open assignment as pupils see it: the module and its window. */
    public record Window(long assignmentId, String moduleId, LocalDate startsOn, LocalDate endsOn) {}

    /**
     * The modules open to a class on a day, newest first; one entry per module (a module assigned twice shows
     * once, with the latest window).
     */
    public List<Window> openFor(long classId, LocalDate day) {
        Map<String, Window> byModule = new LinkedHashMap<>();
        for (Assignment a : Assignment.listOpenFor(classId, day)) {
            byModule.putIfAbsent(a.moduleId, new Window(a.id, a.moduleId, a.startsOn, a.endsOn));
        }
        return List.copyOf(byModule.values());
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
        return assignment;
    }
}

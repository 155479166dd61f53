package org.hifazat.safeguarding;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.hifazat.classes.ClassAccess;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Role;
import org.hifazat.school.SchoolClass;

/**
 * Who may read and act on which worry report: the class teacher on every report of the class; the head teacher on
 * reports the class teacher shared, to read and add notes. Anything else answers as if it did not exist (404).
 */
@RequestScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WorryAccess {

    @Inject
    ClassAccess classes;

    @Inject
    CurrentUser user;

    /** Whether the signed-in adult is a head teacher, who sees shared reports only. */
    public boolean head() {
        return user.adult().role == Role.SCHOOL_ADMIN;
    }

    /** The class whose inbox the adult opens: their own class, or a class of the head teacher's school. */
    public SchoolClass inboxOf(String classId) {
        return classes.viewable(classId);
    }

    /** Every class whose reports the adult may read (only the shared ones for a head teacher). */
    public List<SchoolClass> inboxClasses() {
        return classes.visibleClasses();
    }

    public boolean teaches(SchoolClass schoolClass) {
        return classes.mayChange(schoolClass);
    }

    /** The report with this id in this class, if the adult may read it. */
    public WorryReport readable(String classId, String reportId) {
        SchoolClass schoolClass = classes.viewable(classId);
        WorryReport report = ClassAccess.parseId(reportId)
                .flatMap(id -> WorryReport.findInClass(schoolClass, id))
                .orElseThrow(NotFoundException::new);
        if (!classes.mayChange(schoolClass) && !report.shared()) {
            throw new NotFoundException();
        }
        return report;
    }

    /** The report if the adult is its class teacher; 403 for a head teacher it was shared with. */
    public WorryReport changeable(String classId, String reportId) {
        WorryReport report = readable(classId, reportId);
        if (!classes.mayChange(report.schoolClass)) {
            throw new ForbiddenException();
        }
        return report;
    }
}

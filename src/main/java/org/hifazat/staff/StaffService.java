package org.hifazat.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.audit.AuditLog;
import org.hifazat.classes.ClassAccess;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.school.School;

/** A school's teacher accounts: listing, adding, resetting, deactivating. Every change is audited. */
@ApplicationScoped
@Transactional
public class StaffService {

    /** A teacher as the head teacher's list shows them, read inside the transaction. */
    public record TeacherView(
            long id, String name, String username, boolean active, boolean waitingForFirstSignIn, long openClasses) {}

    /** A teacher whose one-time password has just been made: shown once, never stored in clear. */
    public record OneTimeAccess(long id, String name, String username, String password) {}

    @Inject
    AuditLog audit;

    public List<TeacherView> teachers(School school) {
        List<AdultAccount> accounts = AdultAccount.list(
                "school = ?1 and role = ?2 order by active desc, displayName, username", school, Role.TEACHER);
        Map<Long, Long> classes = openClassCounts(school);
        return accounts.stream()
                .map(a -> new TeacherView(
                        a.id,
                        a.displayName,
                        a.username,
                        a.active,
                        a.mustChangePassword,
                        classes.getOrDefault(a.id, 0L)))
                .toList();
    }

    public long activeTeachers(School school) {
        return AdultAccount.count("school = ?1 and role = ?2 and active = true", school, Role.TEACHER);
    }

    /** A new teacher of this school who must choose a password at the first sign-in. */
    public OneTimeAccess add(School school, TeacherForm form, String actor) {
        if (AdultAccount.count("lower(username) = ?1", form.username()) > 0) {
            throw new TeacherForm.Problem("staff_problem_username_taken");
        }
        String password = OneTimePasswords.next();
        AdultAccount account = new AdultAccount();
        account.username = form.username();
        account.displayName = form.name();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.mustChangePassword = true;
        account.role = Role.TEACHER;
        account.scopeType = ScopeType.SCHOOL;
        account.school = school;
        account.language = "en";
        account.active = true;
        account.createdAt = LocalDateTime.now();
        account.persist();
        audit.record(
                actor, "teacher-added", "adult", account.id.toString(), account.username + " at " + school.emisCode);
        return new OneTimeAccess(account.id, account.displayName, account.username, password);
    }

    /** A new one-time password; the account is unlocked and its open sessions end. */
    public OneTimeAccess reset(School school, String teacherId, String actor) {
        AdultAccount account = teacherOf(school, teacherId);
        String password = OneTimePasswords.next();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.mustChangePassword = true;
        account.failedSignIns = 0;
        account.lockedUntil = null;
        audit.record(actor, "teacher-password-reset", "adult", account.id.toString(), account.username);
        return new OneTimeAccess(account.id, account.displayName, account.username, password);
    }

    public void setActive(School school, String teacherId, boolean active, String actor) {
        AdultAccount account = teacherOf(school, teacherId);
        if (account.active != active) {
            account.active = active;
            audit.record(
                    actor,
                    active ? "teacher-reactivated" : "teacher-deactivated",
                    "adult",
                    account.id.toString(),
                    account.username);
        }
    }

    /** A teacher of this school by the id in an address; anything else does not exist (404). */
    private static AdultAccount teacherOf(School school, String teacherId) {
        return ClassAccess.parseId(teacherId)
                .flatMap(id -> AdultAccount.find("id = ?1 and school = ?2 and role = ?3", id, school, Role.TEACHER)
                        .<AdultAccount>firstResultOptional())
                .orElseThrow(NotFoundException::new);
    }

    private static Map<Long, Long> openClassCounts(School school) {
        Map<Long, Long> counts = new HashMap<>();
        AdultAccount.getEntityManager()
                .createQuery(
                        "select c.teacher.id, count(c) from SchoolClass c where c.school = ?1 and c.archived = false"
                                + " and c.teacher is not null group by c.teacher.id",
                        Object[].class)
                .setParameter(1, school)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }
}

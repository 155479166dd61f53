package org.hifazat;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.ClassCodes;
import org.hifazat.identity.Pictures;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.identity.ServerKeys;
import org.hifazat.school.DemoSchool;
import org.hifazat.school.District;
import org.hifazat.school.Pupil;
import org.hifazat.school.School;
import org.hifazat.school.SchoolClass;

/**
 * Test fixtures built in the shared test database: extra teachers, schools and classes with pupils whose secrets
 * are known. Every name is fresh, so tests do not depend on each other's rows.
 */
public final class TestSchools {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    /** The password of every adult made here, the same as the demo accounts' (Forms.signedIn uses it). */
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash("hifazat-demo", 4);

    private TestSchools() {}

    public static String fresh(String prefix) {
        return prefix + SERIAL.incrementAndGet() + "x" + (System.nanoTime() % 100_000);
    }

    /** A new adult with this role at the demo school (or at a new school when otherSchool). */
    public static String adult(Role role, boolean otherSchool) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AdultAccount account = new AdultAccount();
            account.username = fresh(role.roleName());
            account.displayName = "Test " + account.username;
            account.passwordHash = PASSWORD_HASH;
            account.role = role;
            account.scopeType = ScopeType.SCHOOL;
            account.school = otherSchool ? newSchool() : demoSchool();
            account.language = "en";
            account.active = true;
            account.createdAt = LocalDateTime.now();
            account.persist();
            return account.username;
        });
    }

    /** A class taught by this teacher with pupils whose secret is the first two pictures or words. */
    public static long classOf(String teacherUsername, int grade, String language, List<String> pupils) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AdultAccount teacher = AdultAccount.findByUsername(teacherUsername).orElseThrow();
            SchoolClass c = new SchoolClass();
            c.school = teacher.school;
            c.teacher = teacher;
            c.grade = grade;
            c.section = fresh("S");
            c.classCode = ClassCodes.next();
            c.language = language;
            c.createdAt = LocalDateTime.now();
            c.persist();
            ServerKeys keys =
                    io.quarkus.arc.Arc.container().instance(ServerKeys.class).get();
            for (String name : pupils) {
                Pupil p = new Pupil();
                p.schoolClass = c;
                p.displayName = name;
                p.signInKind = c.usesPictures() ? "picture" : "words";
                p.signInSecret = keys.pupilSecretHash(c.id, knownSecret(c.usesPictures()));
                p.createdAt = LocalDateTime.now();
                p.persist();
            }
            return c.id;
        });
    }

    public static String knownSecret(boolean pictures) {
        return pictures ? Pictures.secretOf("cat", "kite") : Pictures.secretOf("river", "mountain");
    }

    public static long demoClassId() {
        return QuarkusTransaction.requiringNew()
                .call(() -> SchoolClass.findByClassCode(DemoSchool.CLASS_CODE).orElseThrow().id);
    }

    public static String classCode(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> SchoolClass.<SchoolClass>findById(classId).classCode);
    }

    public static long pupilId(long classId, String displayName) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Pupil.<Pupil>find("schoolClass.id = ?1 and displayName = ?2", classId, displayName)
                        .firstResult()
                        .id);
    }

    private static School demoSchool() {
        return School.findByEmisCode(DemoSchool.EMIS_CODE).orElseThrow();
    }

    private static School newSchool() {
        School school = new School();
        school.district = District.<District>findAll().firstResult();
        school.emisCode = fresh("EMIS");
        school.name = "Test school " + school.emisCode;
        school.level = "primary";
        school.locality = "rural";
        school.createdAt = LocalDateTime.now();
        school.persist();
        return school;
    }
}

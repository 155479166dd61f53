package org.hifazat.reporting;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.hifazat.assignment.Assignment;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.ClassCodes;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.learning.ModuleProgress;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.Pupil;
import org.hifazat.school.School;
import org.hifazat.school.SchoolClass;

/**
 * Regions of their own for report tests: a fresh province with districts, schools, classes, pupils, assignments and
 * progress, so hand-computed figures do not depend on other tests' rows. Ministry accounts bound to them.
 */
final class ReportFixture {

    static final String MODULE = "secret-gift-b";
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash("hifazat-demo", 4);

    private ReportFixture() {}

    /** A fresh upper-case code such as Q3K9Z. */
    static String code() {
        return ("Q" + Integer.toString(SERIAL.incrementAndGet(), 36) + Long.toString(System.nanoTime() % 1_000_000, 36))
                .toUpperCase(Locale.ROOT);
    }

    static String province(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Province p = new Province();
            p.code = code();
            p.nameEn = name;
            p.nameUr = "صوبہ " + name;
            p.persist();
            return p.code;
        });
    }

    static String district(String provinceCode, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            District d = new District();
            d.province = Province.findByCode(provinceCode).orElseThrow();
            d.code = provinceCode + "-" + code();
            d.nameEn = name;
            d.nameUr = "ضلع " + name;
            d.persist();
            return d.code;
        });
    }

    static String school(String districtCode, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            School s = new School();
            s.district = District.findByCode(districtCode).orElseThrow();
            s.emisCode = "E" + code();
            s.name = name;
            s.level = "primary";
            s.locality = "rural";
            s.createdAt = LocalDateTime.now();
            s.persist();
            return s.emisCode;
        });
    }

    /** A school alone in a fresh province and district, for figures no other school may add to. */
    static String schoolOfItsOwn(String name) {
        return school(district(province(name + " province"), name + " district"), name);
    }

    /** A class of {@code pupils} pupils with the module assigned (or not); returns the pupils' ids. */
    static List<Long> classWith(String emis, int grade, int pupils, boolean assigned) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SchoolClass c = new SchoolClass();
            c.school = School.findByEmisCode(emis).orElseThrow();
            c.grade = grade;
            c.section = code();
            c.classCode = ClassCodes.next();
            c.language = "en";
            c.createdAt = LocalDateTime.now();
            c.persist();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < pupils; i++) {
                Pupil p = new Pupil();
                p.schoolClass = c;
                p.displayName = "Pupil " + (char) ('A' + i % 26) + ".";
                p.signInKind = "picture";
                p.signInSecret = "not-used-" + i;
                p.createdAt = LocalDateTime.now();
                p.persist();
                ids.add(p.id);
            }
            if (assigned) {
                Assignment a = new Assignment();
                a.schoolClass = c;
                a.moduleId = MODULE;
                a.startsOn = LocalDate.now().minusDays(3);
                a.endsOn = LocalDate.now().plusDays(10);
                a.createdAt = LocalDateTime.now();
                a.persist();
            }
            return ids;
        });
    }

    /** Progress of these pupils on the module: in_progress, completed or mastered. */
    static void progress(List<Long> pupils, String status) {
        LocalDateTime now = LocalDateTime.now();
        boolean completed = !status.equals(ModuleProgress.IN_PROGRESS);
        progressAt(pupils, now, completed ? now : null, status.equals(ModuleProgress.MASTERED) ? now : null);
    }

    /** Progress started, completed and mastered at these times (null: not yet); the status follows from them. */
    static void progressAt(List<Long> pupils, LocalDateTime started, LocalDateTime completed, LocalDateTime mastered) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : pupils) {
                ModuleProgress p = new ModuleProgress();
                p.pupilId = id;
                p.moduleId = MODULE;
                p.contentVersion = "test";
                p.status = mastered != null
                        ? ModuleProgress.MASTERED
                        : completed != null ? ModuleProgress.COMPLETED : ModuleProgress.IN_PROGRESS;
                p.stepsTotal = 5;
                p.stepsDone = 5;
                p.startedAt = started;
                p.completedAt = completed;
                p.masteredAt = mastered;
                p.updatedAt = mastered != null ? mastered : completed != null ? completed : started;
                p.persist();
            }
        });
    }

    /** Archives the class these pupils are in. */
    static void archiveClassOf(long pupil) {
        QuarkusTransaction.requiringNew().run(() -> {
            SchoolClass c = Pupil.<Pupil>findById(pupil).schoolClass;
            c.archived = true;
        });
    }

    /** A ministry account bound to a region (PROVINCE/DISTRICT with its code, NATIONAL with null). */
    static String ministry(ScopeType scope, String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AdultAccount a = new AdultAccount();
            a.username = "min" + code().toLowerCase(Locale.ROOT);
            a.displayName = "Official " + a.username;
            a.passwordHash = PASSWORD_HASH;
            a.role = Role.MINISTRY;
            a.scopeType = scope;
            if (scope == ScopeType.PROVINCE) {
                a.province = Province.findByCode(code).orElseThrow();
            } else if (scope == ScopeType.DISTRICT) {
                a.district = District.findByCode(code).orElseThrow();
            }
            a.language = "en";
            a.active = true;
            a.createdAt = LocalDateTime.now();
            a.persist();
            return a.username;
        });
    }
}

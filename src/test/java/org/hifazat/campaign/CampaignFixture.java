package org.hifazat.campaign;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hifazat.TestSchools;
import org.hifazat.assignment.Assignment;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.ClassCodes;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.learning.ModuleProgress;
import org.hifazat.reporting.CompletionCounts;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.Pupil;
import org.hifazat.school.School;
import org.hifazat.school.SchoolClass;

/**
 * Regions, schools, classes and officials of their own for campaign tests: fresh districts inside the shipped
 * provinces, so what a district campaign reaches is exactly what a test built.
 */
final class CampaignFixture {

    static final String MODULE = "secret-gift-b";
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash("hifazat-demo", 4);

    private CampaignFixture() {}

    /** Brings the pre-counted figures (completion and campaigns) up to date, as the minute's job would. */
    static void recount() {
        Arc.container().instance(CompletionCounts.class).get().refresh(false).orElseThrow();
    }

    /** A new district in the province, with a code like GB-T12345. */
    static String district(String provinceCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            District d = new District();
            d.province = Province.findByCode(provinceCode).orElseThrow();
            String code = (provinceCode + "-T" + TestSchools.fresh("")).toUpperCase(java.util.Locale.ROOT);
            d.code = code.length() > 16 ? code.substring(0, 16) : code;
            d.nameEn = "Test district " + d.code;
            d.nameUr = "آزمائشی ضلع " + d.code;
            d.persist();
            return d.code;
        });
    }

    /** A new school in the district; returns its EMIS code. */
    static String school(String districtCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            School s = new School();
            s.district = District.findByCode(districtCode).orElseThrow();
            s.emisCode = TestSchools.fresh("CMP");
            s.name = "Campaign school " + s.emisCode;
            s.level = "primary";
            s.locality = "rural";
            s.createdAt = LocalDateTime.now();
            s.persist();
            return s.emisCode;
        });
    }

    /** A class of the school with this many pupils; archived when asked. */
    static long classIn(String emis, int grade, boolean archived, int pupils) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SchoolClass c = new SchoolClass();
            c.school = School.findByEmisCode(emis).orElseThrow();
            c.grade = grade;
            c.section = TestSchools.fresh("C");
            c.classCode = ClassCodes.next();
            c.language = "en";
            c.archived = archived;
            c.createdAt = LocalDateTime.now();
            c.persist();
            for (int i = 0; i < pupils; i++) {
                Pupil p = new Pupil();
                p.schoolClass = c;
                p.displayName = "Pupil " + (char) ('A' + i) + ".";
                p.signInKind = "picture";
                p.signInSecret = "not-used-" + i;
                p.createdAt = LocalDateTime.now();
                p.persist();
            }
            return c.id;
        });
    }

    static List<Long> pupils(long classId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Pupil.<Pupil>list("schoolClass.id = ?1 order by id", classId).stream()
                        .map(p -> p.id)
                        .toList());
    }

    /** How far a pupil came with a module: in_progress, completed or mastered. */
    static void progress(long pupilId, String moduleId, String status) {
        QuarkusTransaction.requiringNew().run(() -> {
            ModuleProgress p = new ModuleProgress();
            p.pupilId = pupilId;
            p.moduleId = moduleId;
            p.contentVersion = "test";
            p.status = status;
            p.stepsTotal = 5;
            p.stepsDone = status.equals(ModuleProgress.IN_PROGRESS) ? 2 : 5;
            p.startedAt = LocalDateTime.now();
            p.updatedAt = LocalDateTime.now();
            p.persist();
        });
    }

    /** A teacher's own assignment of the module to the class. */
    static long teacherAssignment(long classId, LocalDate starts, LocalDate ends, boolean withdrawn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assignment a = new Assignment();
            a.schoolClass = SchoolClass.findById(classId);
            a.moduleId = MODULE;
            a.startsOn = starts;
            a.endsOn = ends;
            a.withdrawn = withdrawn;
            a.createdAt = LocalDateTime.now();
            a.persist();
            return a.id;
        });
    }

    /** An adult of this role and scope; code is a province or district code or an EMIS code, or null. */
    static String adult(Role role, ScopeType scope, String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AdultAccount a = new AdultAccount();
            a.username = TestSchools.fresh(role.roleName());
            a.displayName = "Test " + a.username;
            a.passwordHash = PASSWORD_HASH;
            a.role = role;
            a.scopeType = scope;
            switch (scope) {
                case PROVINCE -> a.province = Province.findByCode(code).orElseThrow();
                case DISTRICT -> a.district = District.findByCode(code).orElseThrow();
                case SCHOOL -> a.school = School.findByEmisCode(code).orElseThrow();
                case NATIONAL -> {}
            }
            a.language = "en";
            a.active = true;
            a.createdAt = LocalDateTime.now();
            a.persist();
            return a.username;
        });
    }

    static Campaign campaignNamed(String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Campaign.<Campaign>find("name", name).firstResult());
    }

    /** The classes holding an assignment of this campaign, not withdrawn. */
    static Set<Long> assignedClasses(long campaignId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Assignment.<Assignment>list("campaignId = ?1 and withdrawn = false", campaignId).stream()
                        .map(a -> a.schoolClass.id)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    static long assignmentCount(long classId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Assignment.count("schoolClass.id = ?1 and moduleId = ?2", classId, MODULE));
    }

    /** The classes the campaign reached, read straight from campaign_class. */
    static Set<Long> reachedClasses(long campaignId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = Campaign.getEntityManager()
                    .createNativeQuery("select class_id from campaign_class where campaign_id = :c")
                    .setParameter("c", campaignId)
                    .getResultList();
            return ids.stream().map(Number::longValue).collect(Collectors.toCollection(TreeSet::new));
        });
    }

    /** Every open class of these grades in the province, found through the entities rather than the fan-out SQL. */
    static Set<Long> openClassesInProvince(String provinceCode, List<Integer> grades) {
        return QuarkusTransaction.requiringNew().call(() -> SchoolClass.<SchoolClass>list(
                        "archived = false and grade in ?1 and school.district.province.code = ?2", grades, provinceCode)
                .stream()
                .map(c -> c.id)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    static Set<Long> openClassesNationally(List<Integer> grades) {
        return QuarkusTransaction.requiringNew()
                .call(() -> SchoolClass.<SchoolClass>list("archived = false and grade in ?1", grades).stream()
                        .map(c -> c.id)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    static List<String> form(String name, String region, String emis, LocalDate starts, LocalDate ends, int... grades) {
        List<String> fields = new ArrayList<>(List.of(
                "name",
                name,
                "module",
                MODULE,
                "region",
                region,
                "emis",
                emis,
                "starts",
                starts.toString(),
                "ends",
                ends.toString()));
        for (int g : grades) {
            fields.add("grade");
            fields.add(String.valueOf(g));
        }
        return fields;
    }
}

package org.hifazat.assignment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.audit.AuditEvent;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Band;
import org.hifazat.curriculum.model.Module;
import org.hifazat.identity.Role;
import org.hifazat.school.SchoolClass;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssignmentPageTest {

    @Inject
    CurriculumService curriculum;

    @Test
    void teacherAssignsAModuleAndPupilsSeeItOnlyInsideItsWindow() {
        Module module = bandBModule();
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 4, "en", List.of("Sara B."));
        Forms teacher = Forms.signedIn(username);
        String page = "/classes/" + classId + "/assignments";
        teacher.open(page)
                .then()
                .statusCode(200)
                .body(containsString("No module has been assigned"))
                .body(containsString("<option value=\"" + module.id() + "\""));
        LocalDate today = LocalDate.now();
        Response assigned = teacher.post(
                page,
                "module",
                module.id(),
                "startsOn",
                today.toString(),
                "endsOn",
                today.plusDays(6).toString());
        assertEquals(303, assigned.statusCode());
        teacher.follow(assigned)
                .then()
                .statusCode(200)
                .body(containsString("The module is assigned"))
                .body(containsString("Open now"))
                .body(containsString(module.title().en()));
        Forms pupil = signInPupil(classId, "Sara B.");
        pupil.open("/pupil").then().body(containsString(module.title().en()));
        pupil.open("/pupil/modules/" + module.id()).then().statusCode(200);

        long assignmentId = onlyAssignment(classId);
        teacher.open(page + "/" + assignmentId + "/edit").then().statusCode(200);
        String later = today.plusDays(3).toString();
        assertEquals(
                303,
                teacher.post(
                                page + "/" + assignmentId + "/edit",
                                "startsOn",
                                later,
                                "endsOn",
                                today.plusDays(9).toString())
                        .statusCode());
        teacher.open(page).then().body(containsString("Starting later")).body(containsString(later));
        pupil.open("/pupil").then().body(not(containsString(module.title().en())));
        pupil.open("/pupil/modules/" + module.id()).then().statusCode(404);

        teacher.open(page);
        assertEquals(303, teacher.post(page + "/" + assignmentId + "/withdraw").statusCode());
        teacher.open(page).then().body(containsString("Withdrawn"));
        assertEquals(
                List.of("assignment-created", "assignment-changed", "assignment-withdrawn"),
                auditActions(assignmentId));
    }

    @Test
    void aWithdrawnModuleClosesForAPupilAtOnceThoughTheirPagesAreCached() {
        Module module = bandBModule();
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 4, "en", List.of("Hina W."));
        LocalDate today = LocalDate.now();
        insert(classId, module.id(), today, today.plusDays(5), null);
        Forms pupil = signInPupil(classId, "Hina W.");
        // read twice: the second is answered from the few seconds' cache of open modules
        pupil.open("/pupil/modules/" + module.id()).then().statusCode(200);
        pupil.open("/pupil/modules/" + module.id() + "/steps/1").then().statusCode(200);

        Forms teacher = Forms.signedIn(username);
        String page = "/classes/" + classId + "/assignments";
        teacher.open(page);
        assertEquals(
                303,
                teacher.post(page + "/" + onlyAssignment(classId) + "/withdraw").statusCode());
        pupil.open("/pupil/modules/" + module.id() + "/steps/1").then().statusCode(404);
        pupil.open("/pupil").then().body(not(containsString(module.title().en())));
    }

    @Test
    void anEndedWindowIsClosedToPupilsAndListedAsEnded() {
        Module module = bandBModule();
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 4, "en", List.of("Omar F."));
        insert(
                classId,
                module.id(),
                LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(1),
                null);
        Forms pupil = signInPupil(classId, "Omar F.");
        pupil.open("/pupil").then().body(not(containsString(module.title().en())));
        pupil.open("/pupil/modules/" + module.id()).then().statusCode(404);
        Forms.signedIn(username)
                .open("/classes/" + classId + "/assignments")
                .then()
                .body(containsString("Ended"))
                .body(not(containsString("Open now")));
    }

    @Test
    void badWindowsAndUnknownModulesAreRefusedWithNothingWritten() {
        Module module = bandBModule();
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 4, "en", List.of());
        Forms teacher = Forms.signedIn(username);
        String page = "/classes/" + classId + "/assignments";
        teacher.open(page);
        String today = LocalDate.now().toString();
        String nextWeek = LocalDate.now().plusDays(7).toString();
        teacher.post(page, "module", module.id(), "startsOn", nextWeek, "endsOn", today)
                .then()
                .statusCode(400)
                .body(containsString("The last day is before the first day"))
                .body(containsString("value=\"" + nextWeek + "\""));
        teacher.post(page, "module", module.id(), "startsOn", today, "endsOn", "9999-12-31")
                .then()
                .statusCode(400)
                .body(containsString("too far from today"));
        teacher.post(page, "module", module.id(), "startsOn", "2026-02-30", "endsOn", nextWeek)
                .then()
                .statusCode(400)
                .body(containsString("Please give the first day as a date"));
        teacher.post(page, "module", "no-such-module", "startsOn", today, "endsOn", nextWeek)
                .then()
                .statusCode(400)
                .body(containsString("Please choose a module from the list"));
        teacher.post(page, "module", teacherUnit().id(), "startsOn", today, "endsOn", nextWeek)
                .then()
                .statusCode(400)
                .body(containsString("Please choose a module from the list"));
        teacher.post(page, "module", "<script>", "startsOn", today, "endsOn", nextWeek)
                .then()
                .statusCode(400)
                .body(not(containsString("<script>")));
        assertEquals(0, countAssignments(classId));

        assertEquals(
                303,
                teacher.post(page, "module", module.id(), "startsOn", today, "endsOn", nextWeek)
                        .statusCode());
        teacher.open(page);
        teacher.post(page, "module", module.id(), "startsOn", nextWeek, "endsOn", nextWeek)
                .then()
                .statusCode(409)
                .body(containsString("already assigned to this class for some of these days"));
        assertEquals(1, countAssignments(classId));
    }

    @Test
    void anotherTeachersClassAndAssignmentsAreNotFoundAndTheHeadTeacherOnlyReads() {
        Module module = bandBModule();
        String owner = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(owner, 4, "en", List.of());
        long assignmentId =
                insert(classId, module.id(), LocalDate.now(), LocalDate.now().plusDays(5), null);
        String page = "/classes/" + classId + "/assignments";

        String otherTeacher = TestSchools.adult(Role.TEACHER, false);
        long otherClass = TestSchools.classOf(otherTeacher, 4, "en", List.of());
        Forms other = Forms.signedIn(otherTeacher);
        other.open(page).then().statusCode(404);
        other.open(page + "/" + assignmentId + "/edit").then().statusCode(404);
        other.open("/classes/" + otherClass + "/assignments");
        String today = LocalDate.now().toString();
        other.post(page, "module", module.id(), "startsOn", today, "endsOn", today)
                .then()
                .statusCode(404);
        other.post(page + "/" + assignmentId + "/edit", "startsOn", today, "endsOn", today)
                .then()
                .statusCode(404);
        other.post(page + "/" + assignmentId + "/withdraw").then().statusCode(404);
        // the assignment's id under the other teacher's own class is not found either
        other.post("/classes/" + otherClass + "/assignments/" + assignmentId + "/withdraw")
                .then()
                .statusCode(404);

        Forms otherSchoolHead = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, true));
        otherSchoolHead.open(page).then().statusCode(404);

        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        head.open(page)
                .then()
                .statusCode(200)
                .body(containsString(module.title().en()))
                .body(not(containsString("/withdraw")));
        head.post(page + "/" + assignmentId + "/withdraw").then().statusCode(403);
        head.post(page, "module", module.id(), "startsOn", today, "endsOn", today)
                .then()
                .statusCode(403);

        boolean withdrawn =
                QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(assignmentId).withdrawn);
        assertTrue(!withdrawn);
        assertEquals(1, countAssignments(classId));
    }

    @Test
    void aCampaignsAssignmentIsShownAsSuchAndCannotBeChangedByTheTeacher() {
        Module module = bandBModule();
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 4, "en", List.of());
        long assignmentId =
                insert(classId, module.id(), LocalDate.now(), LocalDate.now().plusDays(5), 77L);
        Forms teacher = Forms.signedIn(username);
        String page = "/classes/" + classId + "/assignments";
        teacher.open(page)
                .then()
                .body(containsString("From a ministry campaign"))
                .body(not(containsString(assignmentId + "/withdraw")));
        String today = LocalDate.now().toString();
        teacher.post(page + "/" + assignmentId + "/edit", "startsOn", today, "endsOn", today)
                .then()
                .statusCode(409)
                .body(containsString("comes from a ministry campaign"));
        teacher.post(page + "/" + assignmentId + "/withdraw").then().statusCode(409);
        QuarkusTransaction.requiringNew().run(() -> {
            Assignment a = Assignment.findById(assignmentId);
            assertEquals(LocalDate.now().plusDays(5), a.endsOn);
            assertTrue(!a.withdrawn);
        });
    }

    @Test
    void theClassPageLinksToTheAssignmentsWithTheOpenCount() {
        Module module = bandBModule();
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 4, "en", List.of());
        insert(classId, module.id(), LocalDate.now(), LocalDate.now().plusDays(5), null);
        Forms.signedIn(username)
                .open("/classes/" + classId)
                .then()
                .body(containsString("/classes/" + classId + "/assignments"))
                .body(containsString("1 open now"));
    }

    private Module bandBModule() {
        return curriculum.catalogue().modules().stream()
                .filter(m -> m.audience() == Audience.PUPIL && m.band() == Band.B)
                .findFirst()
                .orElseThrow();
    }

    private Module teacherUnit() {
        return curriculum.catalogue().modules().stream()
                .filter(m -> m.audience() == Audience.TEACHER)
                .findFirst()
                .orElseThrow();
    }

    static long insert(long classId, String moduleId, LocalDate start, LocalDate end, Long campaignId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assignment a = new Assignment();
            a.schoolClass = SchoolClass.findById(classId);
            a.moduleId = moduleId;
            a.startsOn = start;
            a.endsOn = end;
            a.campaignId = campaignId;
            a.createdAt = LocalDateTime.now();
            a.persist();
            return a.id;
        });
    }

    static Forms signInPupil(long classId, String name) {
        String code = TestSchools.classCode(classId);
        long pupilId = TestSchools.pupilId(classId, name);
        Forms pupil = new Forms();
        pupil.open("/class/" + code + "/" + pupilId);
        assertEquals(
                303,
                pupil.post("/class/" + code + "/" + pupilId, "choice", "cat", "choice", "kite")
                        .statusCode());
        return pupil;
    }

    private static long onlyAssignment(long classId) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        Assignment.<Assignment>find("schoolClass.id", classId).singleResult().id);
    }

    private static long countAssignments(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.count("schoolClass.id", classId));
    }

    private static List<String> auditActions(long assignmentId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                        "targetType = 'assignment' and targetId = ?1 order by id", String.valueOf(assignmentId))
                .stream()
                .map(e -> e.action)
                .toList());
    }
}

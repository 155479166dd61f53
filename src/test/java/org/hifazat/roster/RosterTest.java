package org.hifazat.roster;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.identity.Role;
import org.hifazat.school.Pupil;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RosterTest {

    @Test
    void teacherAddsPupilsByHandAndNonNamesAreRefused() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 3, "en", List.of("Sara B."));
        Forms teacher = Forms.signedIn(username);
        String roster = "/classes/" + classId + "/pupils";
        teacher.open(roster).then().statusCode(200).body(containsString("Sara B."));
        Response added = teacher.post(roster, "firstName", "ayesha", "initial", "k");
        assertEquals(303, added.statusCode());
        teacher.open(added.header("Location"))
                .then()
                .body(containsString("Ayesha K."))
                .body(containsString("1 new sign-in cards are waiting"));
        teacher.post(roster, "firstName", "Ayesha Khan Bibi", "initial", "K")
                .then()
                .statusCode(400)
                .body(containsString("looks like a full name"))
                .body(containsString("value=\"Ayesha Khan Bibi\""));
        teacher.post(roster, "firstName", "Ayesha", "initial", "Khan")
                .then()
                .statusCode(400)
                .body(containsString("we do not keep surnames"));
        teacher.post(roster, "firstName", "ayesha@example.pk", "initial", "K")
                .then()
                .statusCode(400)
                .body(containsString("email address"));
        teacher.post(roster, "firstName", "0300-1234567", "initial", "K")
                .then()
                .statusCode(400)
                .body(containsString("phone number"));
        teacher.post(roster, "firstName", "sara", "initial", "b.")
                .then()
                .statusCode(400)
                .body(containsString("Sara B. is already in this class"));
        assertEquals(List.of("Ayesha K.", "Sara B."), names(classId));
    }

    @Test
    void teacherRenamesAPupil() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 3, "en", List.of("Sara B.", "Omar F."));
        long sara = TestSchools.pupilId(classId, "Sara B.");
        Forms teacher = Forms.signedIn(username);
        String rename = "/classes/" + classId + "/pupils/" + sara + "/rename";
        teacher.open(rename).then().statusCode(200);
        teacher.post(rename, "firstName", "Omar", "initial", "F")
                .then()
                .statusCode(400)
                .body(containsString("already in this class"));
        assertEquals(
                303, teacher.post(rename, "firstName", "Sarah", "initial", "Bh").statusCode());
        assertEquals(List.of("Omar F.", "Sarah Bh."), names(classId));
    }

    @Test
    void deletingAPupilDeletesTheirDataAndKeepsTheirWorryWithoutTheName() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 4, "en", List.of("Hamza S.", "Iqra P."));
        long hamza = TestSchools.pupilId(classId, "Hamza S.");
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Pupil.getEntityManager();
            LocalDateTime now = LocalDateTime.now();
            em.createNativeQuery("INSERT INTO module_progress (pupil_id, module_id, content_version, status,"
                            + " steps_total, started_at, updated_at) VALUES (?1, 'm1', 'v1', 'started', 5, ?2, ?2)")
                    .setParameter(1, hamza)
                    .setParameter(2, now)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO quiz_attempt (pupil_id, module_id, content_version, attempt_number,"
                            + " started_at) VALUES (?1, 'm1', 'v1', 1, ?2)")
                    .setParameter(1, hamza)
                    .setParameter(2, now)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO worry_report (class_id, pupil_id, report_key, category, status,"
                            + " created_at, updated_at) VALUES (?1, ?2, ?3, 'unkind', 'new', ?4, ?4)")
                    .setParameter(1, classId)
                    .setParameter(2, hamza)
                    .setParameter(3, java.util.UUID.randomUUID().toString())
                    .setParameter(4, now)
                    .executeUpdate();
        });
        Forms teacher = Forms.signedIn(username);
        String delete = "/classes/" + classId + "/pupils/" + hamza + "/delete";
        teacher.open(delete).then().statusCode(200).body(containsString("Remove Hamza S.?"));
        assertEquals(303, teacher.post(delete).statusCode());
        assertEquals(List.of("Iqra P."), names(classId));
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Pupil.getEntityManager();
            assertEquals(0L, count(em, "SELECT COUNT(*) FROM module_progress WHERE pupil_id = ?1", hamza));
            assertEquals(0L, count(em, "SELECT COUNT(*) FROM quiz_attempt WHERE pupil_id = ?1", hamza));
            assertEquals(1L, count(em, "SELECT COUNT(*) FROM worry_report WHERE class_id = ?1", classId));
            Object pupilLink = em.createNativeQuery("SELECT pupil_id FROM worry_report WHERE class_id = ?1")
                    .setParameter(1, classId)
                    .getSingleResult();
            assertNull(pupilLink);
            String details = (String) em.createNativeQuery(
                            "SELECT MAX(details) FROM audit_event WHERE action = 'pupil-deleted' AND target_id = ?1")
                    .setParameter(1, Long.toString(hamza))
                    .getSingleResult();
            assertNull(details, "the audit trail keeps no name");
        });
        teacher.open(delete).then().statusCode(404);
    }

    @Test
    void teacherUnlocksALockedPupilWhoCanThenSignIn() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 2, "en", List.of("Noor G."));
        long noor = TestSchools.pupilId(classId, "Noor G.");
        String code = TestSchools.classCode(classId);
        Forms tablet = new Forms();
        for (int i = 0; i < 5; i++) {
            tablet.open("/class/" + code + "/" + noor);
            tablet.post("/class/" + code + "/" + noor, "choice", "sun", "choice", "moon");
        }
        tablet.open("/class/" + code + "/" + noor);
        tablet.post("/class/" + code + "/" + noor, "choice", "cat", "choice", "kite")
                .then()
                .statusCode(423);

        Forms teacher = Forms.signedIn(username);
        teacher.open("/classes/" + classId + "/pupils").then().body(containsString("Locked until"));
        assertEquals(
                303,
                teacher.post("/classes/" + classId + "/pupils/" + noor + "/unlock")
                        .statusCode());
        teacher.open("/classes/" + classId + "/pupils").then().body(not(containsString("Locked until")));
        tablet.open("/class/" + code + "/" + noor);
        assertEquals(
                303,
                tablet.post("/class/" + code + "/" + noor, "choice", "cat", "choice", "kite")
                        .statusCode());
    }

    @Test
    void anotherTeacherCannotSeeOrChangeYourPupils() {
        String owner = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(owner, 5, "en", List.of("Laiba K."));
        long laiba = TestSchools.pupilId(classId, "Laiba K.");
        String otherName = TestSchools.adult(Role.TEACHER, false);
        long otherClass = TestSchools.classOf(otherName, 5, "en", List.of());
        Forms other = Forms.signedIn(otherName);
        other.open("/classes/" + classId + "/pupils").then().statusCode(404);
        other.open("/classes/" + classId + "/pupils/" + laiba + "/rename")
                .then()
                .statusCode(404);
        other.open("/classes/" + otherClass + "/pupils");
        other.post("/classes/" + classId + "/pupils", "firstName", "Eve", "initial", "X")
                .then()
                .statusCode(404);
        other.post("/classes/" + classId + "/pupils/" + laiba + "/delete")
                .then()
                .statusCode(404);
        other.post("/classes/" + classId + "/pupils/" + laiba + "/unlock")
                .then()
                .statusCode(404);
        // the pupil's id under the other teacher's own class is not found either
        other.open("/classes/" + otherClass + "/pupils/" + laiba + "/rename")
                .then()
                .statusCode(404);
        other.post("/classes/" + otherClass + "/pupils/" + laiba + "/delete")
                .then()
                .statusCode(404);
        assertEquals(List.of("Laiba K."), names(classId));

        Forms head = Forms.signedIn("head");
        head.open("/classes/" + classId + "/pupils")
                .then()
                .statusCode(200)
                .body(containsString("Laiba K."))
                .body(not(containsString("/delete")));
        head.post("/classes/" + classId + "/pupils/" + laiba + "/delete").then().statusCode(403);
        assertTrue(names(classId).contains("Laiba K."));
    }

    private static long count(EntityManager em, String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private static List<String> names(long classId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Pupil.<Pupil>list("schoolClass.id = ?1 order by displayName", classId).stream()
                        .map(p -> p.displayName)
                        .toList());
    }
}

package org.hifazat.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.hifazat.Forms;
import org.hifazat.school.DemoSchool;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PupilSignInTest {

    @Inject
    ServerKeys keys;

    @Inject
    PupilSignInService signIns;

    @Test
    void pupilSignsInWithClassCodeNameAndPictures() {
        Forms tablet = new Forms();
        tablet.open("/class");
        Response code = tablet.post("/class", "code", " hzdem4 ");
        assertTrue(code.header("Location").endsWith("/class/HZDEM4"), code.header("Location"));
        tablet.open("/class/HZDEM4")
                .then()
                .statusCode(200)
                .body(containsString("Ayesha K."))
                .body(containsString("Musa S."));
        long ayesha = pupilId("Ayesha K.");
        tablet.open("/class/HZDEM4/" + ayesha).then().statusCode(200).body(containsString("/img/pictures/cat.svg"));
        // Ayesha K.'s pictures are cat and star; the order she taps them in does not matter
        Response in = tablet.post("/class/HZDEM4/" + ayesha, "choice", "star", "choice", "cat");
        assertEquals(303, in.statusCode());
        assertTrue(in.header("Location").endsWith("/pupil"));
        assertTrue(tablet.cookies().containsKey(SessionCookies.NAME));
    }

    @Test
    void unknownClassCodeGetsAKindMessage() {
        Forms tablet = new Forms();
        tablet.open("/class");
        tablet.post("/class", "code", "ZZZZZZ").then().statusCode(404).body(containsString("know that class code"));
        tablet.open("/class/NOPE00").then().statusCode(404);
        tablet.open("/class/HZDEM4/999999999").then().statusCode(404);
        tablet.open("/class/HZDEM4/abc").then().statusCode(404);
    }

    @Test
    void pupilOfAnotherClassCannotBeReachedThroughThisCode() {
        long otherClassPupil = QuarkusTransaction.requiringNew().call(() -> {
            SchoolClass demo =
                    SchoolClass.findByClassCode(DemoSchool.CLASS_CODE).orElseThrow();
            SchoolClass other = new SchoolClass();
            other.school = demo.school;
            other.grade = 7;
            other.section = "Z" + System.nanoTime() % 1000;
            other.classCode = ClassCodes.next();
            other.language = "en";
            other.createdAt = LocalDateTime.now();
            other.persist();
            Pupil p = new Pupil();
            p.schoolClass = other;
            p.displayName = "Other P.";
            p.signInKind = "words";
            p.signInSecret = keys.pupilSecretHash(other.id, SecretWords.secretOf("river", "lamp"));
            p.createdAt = LocalDateTime.now();
            p.persist();
            return p.id;
        });
        new Forms().open("/class/HZDEM4/" + otherClassPupil).then().statusCode(404);
    }

    @Test
    void olderPupilsChooseTwoWords() {
        String[] created = QuarkusTransaction.requiringNew().call(() -> {
            SchoolClass demo =
                    SchoolClass.findByClassCode(DemoSchool.CLASS_CODE).orElseThrow();
            SchoolClass grade8 = new SchoolClass();
            grade8.school = demo.school;
            grade8.grade = 8;
            grade8.section = "W" + System.nanoTime() % 1000;
            grade8.classCode = ClassCodes.next();
            grade8.language = "ur";
            grade8.createdAt = LocalDateTime.now();
            grade8.persist();
            Pupil p = new Pupil();
            p.schoolClass = grade8;
            p.displayName = "Hamza S.";
            p.signInKind = "words";
            p.signInSecret = keys.pupilSecretHash(grade8.id, SecretWords.secretOf("river", "lamp"));
            p.createdAt = LocalDateTime.now();
            p.persist();
            return new String[] {grade8.classCode, p.id.toString()};
        });
        Forms phone = new Forms();
        phone.open("/class/" + created[0] + "/" + created[1])
                .then()
                .statusCode(200)
                .body(containsString("<select"))
                .body(not(containsString("/img/pictures/")));
        phone.post("/class/" + created[0] + "/" + created[1], "choice", "river", "choice", "river")
                .then()
                .statusCode(400);
        phone.open("/class/" + created[0] + "/" + created[1]);
        assertEquals(
                303,
                phone.post("/class/" + created[0] + "/" + created[1], "choice", "lamp", "choice", "river")
                        .statusCode());
    }

    @Test
    void fiveWrongTriesLockThePupilUntilTheTeacherUnlocks() {
        long bilal = pupilId("Bilal A.");
        Forms tablet = new Forms();
        for (int i = 1; i <= 4; i++) {
            tablet.open("/class/HZDEM4/" + bilal);
            tablet.post("/class/HZDEM4/" + bilal, "choice", "sun", "choice", "moon")
                    .then()
                    .statusCode(401)
                    .body(containsString("try again"));
        }
        tablet.open("/class/HZDEM4/" + bilal);
        tablet.post("/class/HZDEM4/" + bilal, "choice", "sun", "choice", "moon")
                .then()
                .statusCode(423)
                .body(containsString("ask your teacher"));
        // even the right pictures are refused while locked
        tablet.open("/class/HZDEM4/" + bilal);
        tablet.post("/class/HZDEM4/" + bilal, "choice", "boat", "choice", "kite")
                .then()
                .statusCode(423);

        signIns.unlock(bilal, "adult:test");
        tablet.open("/class/HZDEM4/" + bilal);
        assertEquals(
                303,
                tablet.post("/class/HZDEM4/" + bilal, "choice", "boat", "choice", "kite")
                        .statusCode());
    }

    @Test
    void tamperedChoicesAreRefusedWithoutCountingAsATry() {
        long zainab = pupilId("Zainab R.");
        Forms tablet = new Forms();
        tablet.open("/class/HZDEM4/" + zainab);
        tablet.post("/class/HZDEM4/" + zainab, "choice", "dragon", "choice", "kite")
                .then()
                .statusCode(400);
        tablet.open("/class/HZDEM4/" + zainab);
        tablet.post("/class/HZDEM4/" + zainab, "choice", "kite")
                .then()
                .statusCode(400)
                .body(containsString("exactly two pictures"));
        int failed = QuarkusTransaction.requiringNew().call(() -> Pupil.<Pupil>findById(zainab).failedSignIns);
        assertEquals(0, failed);
    }

    @Test
    void signInWithoutFormTokenIsRefused() {
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("choice", "cat")
                .formParam("choice", "star")
                .post("/class/HZDEM4/" + pupilId("Ayesha K."))
                .then()
                .statusCode(403);
    }

    @Test
    void classCodesUseAnUnambiguousAlphabet() {
        for (int i = 0; i < 200; i++) {
            String code = ClassCodes.next();
            assertTrue(ClassCodes.wellFormed(code), code);
            assertTrue(code.chars().noneMatch(c -> "0O1IL".indexOf(c) >= 0), code);
        }
        assertEquals("HZDEM4", ClassCodes.normalise(" hz-dem 4"));
    }

    private static long pupilId(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SchoolClass demo =
                    SchoolClass.findByClassCode(DemoSchool.CLASS_CODE).orElseThrow();
            List<Pupil> pupils = Pupil.listInClass(demo);
            return pupils.stream()
                    .filter(p -> p.displayName.equals(name))
                    .findFirst()
                    .orElseThrow()
                    .id;
        });
    }
}

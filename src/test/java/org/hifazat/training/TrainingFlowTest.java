package org.hifazat.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.audit.AuditEvent;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.hifazat.learning.Answers;
import org.hifazat.learning.Learner;
import org.hifazat.learning.ModuleProgress;
import org.hifazat.learning.PupilFixture;
import org.hifazat.learning.QuizAttempt;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrainingFlowTest {

    private static final Pattern CODE = Pattern.compile("/verify/([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})");

    @Inject
    TrainingService training;

    @Test
    void aTeacherMastersTheTrackAndAnyoneCanVerifyTheCertificate() throws IOException {
        String username = TestSchools.adult(Role.TEACHER, false);
        Forms teacher = Forms.signedIn(username);
        Module unit = training.units().get(0);
        teacher.open("/training")
                .then()
                .statusCode(200)
                .body(containsString(unit.title().en()))
                .body(containsString("0 of " + training.units().size() + " units mastered"));

        for (Module each : training.units()) {
            master(teacher, each);
        }

        String page = teacher.open("/training").then().statusCode(200).extract().asString();
        Matcher m = CODE.matcher(page);
        assertTrue(m.find(), "the training page shows the certificate's code");
        String code = m.group(1);

        // progress and mastery were stored for this adult and this unit, not for a pupil
        long adultId = adultId(username);
        ModuleProgress progress = QuarkusTransaction.requiringNew()
                .call(() -> ModuleProgress.findFor(Learner.adult(adultId), unit.id())
                        .orElseThrow());
        assertEquals(ModuleProgress.MASTERED, progress.status);
        assertEquals(null, progress.pupilId);

        Response pdf = teacher.open("/training/certificate.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.contentType());
        byte[] bytes = pdf.asByteArray();
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Test " + username), text);
            assertTrue(text.contains(unit.title().en()), text);
            assertTrue(text.contains(code), text);
            assertTrue(text.contains("/verify/" + code), text);
        }
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> AuditEvent.count(
                                "action = ?1 and actor = ?2", "certificate-exported", "adult:" + adultId)));

        // anyone, signed in or not, in any spelling of the code
        given().get("/verify/" + code)
                .then()
                .statusCode(200)
                .body(containsString("Test " + username))
                .body(containsString(unit.title().en()))
                .body(containsString(unit.title().ur()))
                .body(containsString("/css/print.css"));
        given().redirects()
                .follow(false)
                .get("/verify?code=" + code.toLowerCase().replace("-", " "))
                .then()
                .statusCode(303)
                .header("Location", containsString("/verify/" + code));
        given().get("/verify/" + code.replace("-", "").toLowerCase()).then().statusCode(200);
    }

    @Test
    void aForgedOrMistypedCodeIsAClear404() {
        String forged = CertificateCodes.grouped(CertificateCodes.fresh());
        given().get("/verify/" + forged)
                .then()
                .statusCode(404)
                .body(containsString("No certificate has the code"))
                .body(containsString(forged))
                .body(not(containsString("This certificate is genuine")));
        given().get("/verify/not-a-code").then().statusCode(404).body(containsString("No certificate has the code"));
        given().header("Cookie", "hz_lang=ur")
                .get("/verify/" + forged)
                .then()
                .statusCode(404)
                .body(containsString("dir=\"rtl\""))
                .body(containsString("کسی سرٹیفکیٹ کا کوڈ"));
        given().get("/verify").then().statusCode(200).body(containsString("name=\"code\""));
    }

    @Test
    void anotherAdultCannotReadOrAnswerYourAttempt() {
        Module unit = training.units().get(0);
        String alice = TestSchools.adult(Role.TEACHER, false);
        Forms first = Forms.signedIn(alice);
        first.open("/training/units/" + unit.id() + "/quiz");
        Response started = first.post("/training/units/" + unit.id() + "/quiz/start", "number", "1");
        assertEquals(303, started.statusCode());
        long attempt = QuarkusTransaction.requiringNew()
                .call(() -> QuizAttempt.listFor(Learner.adult(adultId(alice)), unit.id())
                        .get(0)
                        .id);

        Forms second = Forms.signedIn(TestSchools.adult(Role.TEACHER, true));
        String base = "/training/units/" + unit.id() + "/quiz/" + attempt;
        second.open(base + "/1").then().statusCode(404);
        second.open(base + "/result").then().statusCode(404);
        second.open("/training/units/" + unit.id() + "/quiz");
        assertEquals(
                404, second.post(base + "/1", Answers.right(unit.quiz().get(0))).statusCode());
        second.open("/training").then().statusCode(200).body(containsString("Not started"));
        assertEquals(
                0L,
                QuarkusTransaction.requiringNew()
                        .call(() -> org.hifazat.learning.AttemptAnswer.count("attemptId", attempt)));
        // the owner still sees the question unanswered
        first.open(base + "/1").then().statusCode(200).body(not(containsString("mark-right")));
    }

    @Test
    void onlyTeachersAndHeadTeachersTakeTheTrack() {
        Module unit = training.units().get(0);
        given().redirects().follow(false).get("/training").then().statusCode(302);
        given().redirects()
                .follow(false)
                .get("/training/units/" + unit.id())
                .then()
                .statusCode(302);
        Forms ministry = Forms.signedIn("ministry");
        ministry.open("/training").then().statusCode(403);
        ministry.open("/training/units/" + unit.id()).then().statusCode(403);
        Forms pupil = PupilFixture.withModule(4, null).signIn();
        pupil.open("/training/units/" + unit.id()).then().statusCode(403);
        // a teacher unit is not a pupil's module, and a pupil module is not a unit
        pupil.open("/pupil/modules/" + unit.id()).then().statusCode(404);
        Forms head = Forms.signedIn("head");
        head.open("/training/units/" + unit.id()).then().statusCode(200);
        head.open("/training/units/secret-gift-b").then().statusCode(404);
        head.open("/training/units/no-such-unit").then().statusCode(404);
    }

    @Test
    void theHeadTeacherSeesTheSchoolsTeachersTraining() {
        String trained = TestSchools.adult(Role.TEACHER, false);
        Forms teacher = Forms.signedIn(trained);
        training.units().forEach(u -> master(teacher, u));
        String started = TestSchools.adult(Role.TEACHER, false);
        Forms other = Forms.signedIn(started);
        other.open("/training/units/" + training.units().get(0).id());
        other.post("/training/units/" + training.units().get(0).id() + "/start");
        String elsewhere = TestSchools.adult(Role.TEACHER, true);

        String page = Forms.signedIn("head")
                .open("/school/training")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("Test " + trained));
        assertTrue(page.contains("Test " + started));
        assertTrue(!page.contains("Test " + elsewhere), "a teacher of another school is not listed");
        String row = page.substring(page.indexOf("Test " + trained));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(CODE.matcher(row).find(), "the trained teacher's row links to the certificate: " + row);
        String startedRow = page.substring(page.indexOf("Test " + started));
        startedRow = startedRow.substring(0, startedRow.indexOf("</tr>"));
        assertTrue(startedRow.contains("1 more started"), startedRow);

        Forms urdu = Forms.signedIn("head");
        urdu.cookies().put("hz_lang", "ur");
        urdu.open("/school/training")
                .then()
                .statusCode(200)
                .body(containsString("dir=\"rtl\""))
                .body(containsString("اساتذہ کی تربیت کی صورتحال"));
        Forms.signedIn(trained).open("/school/training").then().statusCode(403);
        Forms.signedIn("head").open("/school").then().body(containsString("href=\"/school/training\""));
        Forms.signedIn(trained)
                .open("/teacher")
                .then()
                .body(containsString("href=\"/training\""))
                .body(containsString("certificate earned"))
                .body(containsString("href=\"/library\""));
    }

    /** Plays a unit to mastery over HTTP, as a teacher would. */
    static void master(Forms adult, Module unit) {
        String base = "/training/units/" + unit.id();
        adult.open(base).then().statusCode(200).body(containsString(unit.title().en()));
        Response next = adult.post(base + "/start");
        if (!unit.confidence().isEmpty()) {
            adult.follow(next).then().statusCode(200);
            next = adult.post(
                    base + "/confidence/pre",
                    java.util.Map.of("level." + unit.confidence().get(0).id(), List.of("3")));
        }
        for (int n = 1; n <= unit.steps().size(); n++) {
            assertTrue(next.header("Location").endsWith(base + "/steps/" + n), next.header("Location"));
            adult.follow(next).then().statusCode(200).body(containsString("body class=\"adult\""));
            next = adult.post(base + "/steps/" + n + "/done");
        }
        assertTrue(next.header("Location").endsWith(base + "/quiz"));
        adult.follow(next).then().statusCode(200);
        Response start = adult.post(base + "/quiz/start", "number", "1");
        String attempt =
                start.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("/\\d+$", "");
        for (int q = 1; q <= unit.quiz().size(); q++) {
            QuizItem item = unit.quiz().get(q - 1);
            adult.open(attempt + "/" + q).then().statusCode(200);
            assertEquals(303, adult.post(attempt + "/" + q, Answers.right(item)).statusCode());
        }
        adult.open(attempt + "/result")
                .then()
                .statusCode(200)
                .body(containsString("Unit mastered"))
                .body(not(containsString("/img/badge.svg")));
    }

    static long adultId(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AdultAccount.findByUsername(username).orElseThrow().id);
    }
}

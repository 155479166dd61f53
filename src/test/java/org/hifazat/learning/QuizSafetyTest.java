package org.hifazat.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hifazat.Forms;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.junit.jupiter.api.Test;

/** Bad input to the quiz: repeats, other pupils' attempts, tampered forms, a lost session. */
@QuarkusTest
class QuizSafetyTest {

    @Inject
    CurriculumService curriculum;

    @Test
    void sendingTheSameAnswerTwiceStoresItOnce() {
        Module module = module();
        PupilFixture fixture = PupilFixture.withModule(5, module.id());
        Forms pupil = fixture.signIn();
        String base = startQuiz(pupil, module);
        QuizItem first = module.quiz().get(0);
        pupil.open(base + "/1");
        assertEquals(303, pupil.post(base + "/1", Answers.right(first)).statusCode());
        // a double click, then a late retry with a different answer: the first answer stands
        assertEquals(303, pupil.post(base + "/1", Answers.right(first)).statusCode());
        assertEquals(303, pupil.post(base + "/1", Answers.wrong(first)).statusCode());
        long attempt = QuizFlowTest.attemptIds(fixture.pupilId(), module.id()).get(0);
        long rows = QuarkusTransaction.requiringNew().call(() -> AttemptAnswer.count("attemptId", attempt));
        assertEquals(1, rows);
        boolean correct = QuarkusTransaction.requiringNew()
                .call(() -> AttemptAnswer.findFor(attempt, first.id()).orElseThrow().correct);
        assertTrue(correct || !first.graded());
        // starting attempt 1 again returns the same attempt
        pupil.open("/pupil/modules/" + module.id() + "/quiz");
        pupil.post("/pupil/modules/" + module.id() + "/quiz/start", "number", "1");
        assertEquals(1, QuizFlowTest.attemptIds(fixture.pupilId(), module.id()).size());
    }

    @Test
    void anotherPupilsAttemptIsNotFound() {
        Module module = module();
        PupilFixture ayesha = PupilFixture.withModule(5, module.id());
        Forms first = ayesha.signIn();
        String base = startQuiz(first, module);
        PupilFixture bilal = PupilFixture.withModule(5, module.id());
        Forms second = bilal.signIn();
        second.open(base + "/1").then().statusCode(404);
        second.open("/pupil/modules/" + module.id());
        assertEquals(
                404,
                second.post(base + "/1", Answers.right(module.quiz().get(0))).statusCode());
        second.open(base + "/result").then().statusCode(404);
        long ayeshasAttempt =
                QuizFlowTest.attemptIds(ayesha.pupilId(), module.id()).get(0);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> AttemptAnswer.count("attemptId", ayeshasAttempt)));
        assertEquals(0, QuizFlowTest.attemptIds(bilal.pupilId(), module.id()).size());
    }

    @Test
    void tamperedAnswersAreRefusedAndNothingIsStored() {
        Module module = module();
        PupilFixture fixture = PupilFixture.withModule(5, module.id());
        Forms pupil = fixture.signIn();
        String base = startQuiz(pupil, module);
        pupil.open(base + "/1");
        QuizItem first = module.quiz().get(0);
        String field = Answers.right(first).keySet().iterator().next();
        pupil.post(base + "/1", Map.of(field, List.of("no-such-option")))
                .then()
                .statusCode(400)
                .body(containsString("answer every part"));
        pupil.post(base + "/1", Map.of(field, List.of("<script>alert(1)</script>")))
                .then()
                .statusCode(400);
        // a question that is not in the module
        pupil.open(base + "/99").then().statusCode(404);
        assertEquals(404, pupil.post(base + "/99", Answers.right(first)).statusCode());
        long attempt = QuizFlowTest.attemptIds(fixture.pupilId(), module.id()).get(0);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> AttemptAnswer.count("attemptId", attempt)));
    }

    @Test
    void aModuleThatIsNotAssignedIsNotFound() {
        Module module = module();
        PupilFixture fixture = PupilFixture.withModule(5, null);
        Forms pupil = fixture.signIn();
        pupil.open("/pupil/modules/" + module.id()).then().statusCode(404);
        pupil.open("/pupil/modules/no-such-module/steps/1").then().statusCode(404);
    }

    @Test
    void anAnswerAfterSignOutIsRefusedKindlyAndEarlierAnswersAreKept() {
        Module module = module();
        PupilFixture fixture = PupilFixture.withModule(5, module.id());
        Forms pupil = fixture.signIn();
        String base = startQuiz(pupil, module);
        pupil.open(base + "/1");
        pupil.post(base + "/1", Answers.right(module.quiz().get(0)));
        pupil.open(base + "/2");
        Map<String, String> before = Map.copyOf(pupil.cookies());
        pupil.post("/sign-out");
        // the old tab still has its form: sending it after sign-out stores nothing
        Response late = given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .cookies(Map.of("hz_csrf", before.get("hz_csrf")))
                .formParam("csrf", before.get("hz_csrf"))
                .formParam("option", "x")
                .post(base + "/2");
        assertTrue(late.statusCode() == 302 || late.statusCode() == 401, "status " + late.statusCode());
        long attempt = QuizFlowTest.attemptIds(fixture.pupilId(), module.id()).get(0);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AttemptAnswer.count("attemptId", attempt)));
        // signing in again continues at the first unanswered question
        Forms again = fixture.signIn();
        Response resume = again.open("/pupil/modules/" + module.id() + "/quiz");
        assertTrue(resume.header("Location").endsWith(base + "/2"), resume.header("Location"));
    }

    private static String startQuiz(Forms pupil, Module module) {
        pupil.open("/pupil/modules/" + module.id() + "/quiz").then().statusCode(200);
        Response start = pupil.post("/pupil/modules/" + module.id() + "/quiz/start", "number", "1");
        return start.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("/\\d+$", "");
    }

    private Module module() {
        return curriculum.catalogue().modules().stream()
                .filter(m -> m.audience() == Audience.PUPIL)
                .filter(m -> m.quiz().size() >= 2)
                .findFirst()
                .orElseThrow();
    }
}

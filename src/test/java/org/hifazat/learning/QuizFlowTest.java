package org.hifazat.learning;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hifazat.Forms;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuizFlowTest {

    @Inject
    CurriculumService curriculum;

    @Test
    void aPupilWorksThroughTheLessonAndEarnsTheBadge() {
        Module module = richestModule();
        PupilFixture fixture = PupilFixture.withModule(4, module.id());
        Forms pupil = fixture.signIn();
        pupil.open("/pupil")
                .then()
                .statusCode(200)
                .body(containsString(module.title().en()));

        pupil.open("/pupil/modules/" + module.id()).then().statusCode(200);
        Response next = pupil.post("/pupil/modules/" + module.id() + "/start");
        if (!module.confidence().isEmpty()) {
            assertTrue(next.header("Location").endsWith("/confidence/pre"));
            pupil.follow(next).then().statusCode(200);
            next = pupil.post(
                    "/pupil/modules/" + module.id() + "/confidence/pre",
                    Map.of("level." + module.confidence().get(0).id(), List.of("2")));
        }
        for (int n = 1; n <= module.steps().size(); n++) {
            assertTrue(next.header("Location").endsWith("/steps/" + n), next.header("Location"));
            pupil.follow(next)
                    .then()
                    .statusCode(200)
                    .body(containsString(module.steps().get(n - 1).title().en().replace("'", "&#39;")));
            next = pupil.post("/pupil/modules/" + module.id() + "/steps/" + n + "/done");
        }
        assertTrue(next.header("Location").endsWith("/quiz"));
        pupil.follow(next).then().statusCode(200);
        Response start = pupil.post("/pupil/modules/" + module.id() + "/quiz/start", "number", "1");
        String base =
                start.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("/\\d+$", "");
        for (int q = 1; q <= module.quiz().size(); q++) {
            QuizItem item = module.quiz().get(q - 1);
            String page =
                    pupil.open(base + "/" + q).then().statusCode(200).extract().asString();
            assertNoAnswerIn(page, item);
            Response answered = pupil.post(base + "/" + q, Answers.right(item));
            assertEquals(303, answered.statusCode(), "question " + item.id() + " of type " + item.type());
            String feedback =
                    pupil.follow(answered).then().statusCode(200).extract().asString();
            assertTrue(!item.graded() || feedback.contains("Correct!"), item.id() + " " + item.type());
        }
        long attemptId = attemptIds(fixture.pupilId(), module.id()).get(0);
        pupil.open("/pupil/modules/" + module.id() + "/quiz/" + attemptId + "/result")
                .then()
                .statusCode(200)
                .body(containsString("You earned the badge!"));
        pupil.open("/pupil").then().body(containsString("/img/badge.svg")).body(containsString("Badge earned!"));
        pupil.open("/pupil/modules/" + module.id() + "/quiz/review").then().statusCode(200);
        ModuleProgress progress = QuarkusTransaction.requiringNew()
                .call(() ->
                        ModuleProgress.findFor(fixture.pupilId(), module.id()).orElseThrow());
        assertEquals(ModuleProgress.MASTERED, progress.status);
        assertEquals(module.version(), progress.contentVersion);
        assertEquals(module.steps().size(), progress.stepsDone);
    }

    @Test
    void everyQuestionTypeIsScoredRightAndWrongOverHttp() {
        Set<String> seen = new java.util.HashSet<>();
        for (Module module : pupilModules()) {
            PupilFixture fixture = PupilFixture.withModule(4, module.id());
            Forms pupil = fixture.signIn();
            pupil.open("/pupil/modules/" + module.id() + "/quiz");
            Response first = pupil.post("/pupil/modules/" + module.id() + "/quiz/start", "number", "1");
            String base =
                    first.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("/\\d+$", "");
            for (int q = 1; q <= module.quiz().size(); q++) {
                QuizItem item = module.quiz().get(q - 1);
                boolean answerRight = !seen.contains(item.type() + ":right");
                pupil.open(base + "/" + q);
                Map<String, List<String>> form = answerRight ? Answers.right(item) : Answers.wrong(item);
                assertEquals(303, pupil.post(base + "/" + q, form).statusCode(), item.id());
                String page = pupil.open(base + "/" + q).asString();
                if (item.graded()) {
                    assertTrue(page.contains(answerRight ? "Correct!" : "Not quite."), module.id() + "/" + item.id());
                }
                seen.add(item.type() + (answerRight ? ":right" : ":wrong"));
            }
        }
        Set<String> types = pupilModules().stream()
                .flatMap(m -> m.quiz().stream())
                .map(QuizItem::type)
                .collect(Collectors.toSet());
        assertTrue(types.size() >= 8, "the curriculum uses the question types " + types);
    }

    @Test
    void aWrongCriticalAnswerBlocksMasteryAndTheRetryEndsInExplanations() {
        Module module = pupilModules().stream()
                .filter(m -> m.quiz().stream().anyMatch(QuizItem::critical))
                .findFirst()
                .orElseThrow();
        PupilFixture fixture = PupilFixture.withModule(4, module.id());
        Forms pupil = fixture.signIn();
        for (int attempt = 1; attempt <= 2; attempt++) {
            pupil.open("/pupil/modules/" + module.id() + "/quiz").then().statusCode(200);
            Response start = pupil.post("/pupil/modules/" + module.id() + "/quiz/start", "number", "" + attempt);
            String base =
                    start.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("/\\d+$", "");
            boolean criticalDone = false;
            for (int q = 1; q <= module.quiz().size(); q++) {
                QuizItem item = module.quiz().get(q - 1);
                pupil.open(base + "/" + q);
                boolean miss = item.critical() && !criticalDone;
                criticalDone |= miss;
                pupil.post(base + "/" + q, miss ? Answers.wrong(item) : Answers.right(item));
            }
            pupil.open(base + "/result").then().statusCode(200).body(containsString("important question"));
        }
        // after the retry, no third attempt: the answers are explained instead
        pupil.open("/pupil/modules/" + module.id() + "/quiz/review").then().statusCode(200);
        assertEquals(
                303,
                pupil.post("/pupil/modules/" + module.id() + "/quiz/start", "number", "3")
                        .statusCode());
        assertEquals(2, attemptIds(fixture.pupilId(), module.id()).size());
        ModuleProgress progress = QuarkusTransaction.requiringNew()
                .call(() ->
                        ModuleProgress.findFor(fixture.pupilId(), module.id()).orElseThrow());
        assertEquals(ModuleProgress.COMPLETED, progress.status);
        assertTrue(progress.criticalWrong);
    }

    private static void assertNoAnswerIn(String page, QuizItem item) {
        if (item instanceof QuizItem.Single q) {
            q.options()
                    .forEach(o -> assertFalse(
                            page.contains(o.feedback().en().replace("'", "&#39;")),
                            "option feedback in the page before answering: " + item.id()));
        }
        assertFalse(page.contains("mark-right"), "a marked answer in a question page: " + item.id());
    }

    private List<Module> pupilModules() {
        return curriculum.catalogue().modules().stream()
                .filter(m -> m.audience() == Audience.PUPIL)
                .toList();
    }

    private Module richestModule() {
        return pupilModules().stream()
                .max(Comparator.comparingLong((Module m) ->
                                m.quiz().stream().map(QuizItem::type).distinct().count())
                        .thenComparing(Module::id))
                .orElseThrow();
    }

    static List<Long> attemptIds(long pupilId, String moduleId) {
        return QuarkusTransaction.requiringNew().call(() -> QuizAttempt.listFor(pupilId, moduleId).stream()
                .map(a -> a.id)
                .toList());
    }
}

package org.hifazat.deploy;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hifazat.Forms;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.format.CatalogueLoader;
import org.hifazat.curriculum.model.Module;
import org.hifazat.school.DemoPupils;
import org.hifazat.school.DemoSchool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances behind nginx round-robin share nothing but the database: a pupil's and a teacher's sessions go on
 * whichever instance answers, and killing one instance while pupils send answers loses no acknowledged answer.
 * Runs against what .ci/cluster.sh started (tag "cluster").
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatelessInstancesTest {

    static Catalogue catalogue;

    @BeforeAll
    static void pointAtNginx() {
        URI url = URI.create(Cluster.url());
        RestAssured.baseURI = url.getScheme() + "://" + url.getHost();
        RestAssured.port = url.getPort();
        catalogue = CatalogueLoader.load(Path.of("lessons"), Path.of("content"));
    }

    @Test
    @Order(1)
    void aPupilWorksThroughALessonOnBothInstances() throws Exception {
        Module module = catalogue.module("strangers-b").orElseThrow();
        long pupilId = demoPupilId(0);
        List<String> served = new ArrayList<>();
        Forms pupil = new Forms();
        String signIn = "/class/" + DemoSchool.CLASS_CODE + "/" + pupilId;
        note(served, pupil.open(signIn)).then().statusCode(200);
        List<String> pictures = DemoPupils.pictures(0);
        Response signedIn = note(served, pupil.post(signIn, "choice", pictures.get(0), "choice", pictures.get(1)));
        assertEquals(303, signedIn.statusCode());
        for (int i = 0; i < 4; i++) {
            note(served, pupil.open("/pupil")).then().statusCode(200).body(containsString(DemoPupils.name(0)));
        }
        note(served, pupil.open("/pupil/modules/" + module.id())).then().statusCode(200);
        Response next = note(served, pupil.post("/pupil/modules/" + module.id() + "/start"));
        if (!module.confidence().isEmpty()) {
            note(served, pupil.follow(next)).then().statusCode(200);
            Map<String, List<String>> levels = new java.util.LinkedHashMap<>();
            module.confidence().forEach(item -> levels.put("level." + item.id(), List.of("2")));
            next = note(served, pupil.post("/pupil/modules/" + module.id() + "/confidence/pre", levels));
        }
        for (int n = 1; n <= module.steps().size(); n++) {
            assertTrue(next.header("Location").endsWith("/steps/" + n), next.header("Location"));
            note(served, pupil.follow(next)).then().statusCode(200);
            next = note(served, pupil.post("/pupil/modules/" + module.id() + "/steps/" + n + "/done"));
            assertEquals(303, next.statusCode(), "step " + n);
        }
        assertTrue(next.header("Location").endsWith("/quiz"), next.header("Location"));
        assertBothInstancesServed(served);
        try (Connection db = Cluster.db()) {
            assertEquals(
                    module.steps().size(),
                    Cluster.number(
                            db,
                            "select steps_done from module_progress where pupil_id = ? and module_id = ?",
                            pupilId,
                            module.id()));
        }
    }

    @Test
    @Order(2)
    void aTeacherChangesTheRosterOnOneInstanceAndSeesItOnTheOther() throws Exception {
        long classId;
        try (Connection db = Cluster.db()) {
            classId = Cluster.number(db, "select id from school_class where class_code = ?", DemoSchool.CLASS_CODE);
        }
        List<String> served = new ArrayList<>();
        Forms teacher = new Forms();
        note(served, teacher.open("/sign-in")).then().statusCode(200);
        assertEquals(
                303,
                note(served, teacher.post("/sign-in", "username", "teacher", "password", "hifazat-demo"))
                        .statusCode());
        note(served, teacher.open("/teacher")).then().statusCode(200);
        String roster = "/classes/" + classId + "/pupils";
        note(served, teacher.open(roster)).then().statusCode(200);
        Response added = note(served, teacher.post(roster, "firstName", "Zara", "initial", "Q"));
        assertEquals(303, added.statusCode());
        for (int i = 0; i < 4; i++) {
            note(served, teacher.open(roster)).then().statusCode(200).body(containsString("Zara Q."));
            note(served, teacher.open("/classes/" + classId)).then().statusCode(200);
        }
        assertBothInstancesServed(served);
    }

    @Test
    @Order(3)
    void killingAnInstanceWhilePupilsAnswerLosesNoAcknowledgedAnswer() throws Exception {
        List<Module> modules = DemoPupils.modules().stream()
                .map(id -> catalogue.module(id).orElseThrow())
                .toList();
        Map.Entry<String, Long> victim = new ArrayList<>(Cluster.instances().entrySet()).get(1);
        AnswerRun run = new AnswerRun(Cluster.url(), modules, victim);
        List<AnswerRun.Pupil> pupils = new ArrayList<>();
        for (int index = 3; index < 15; index++) {
            pupils.add(new AnswerRun.Pupil(
                    demoPupilId(index),
                    DemoPupils.pictures(index).get(0),
                    DemoPupils.pictures(index).get(1)));
        }
        AnswerRun.Outcome outcome = run.run(pupils, 100);
        System.out.println("cluster: " + outcome);

        assertTrue(outcome.killedAt() > 0, "the instance was killed during the run");
        assertFalse(
                ProcessHandle.of(victim.getValue()).map(ProcessHandle::isAlive).orElse(false));
        assertTrue(outcome.acknowledgedBefore(victim.getKey()) > 0, "the killed instance had taken answers");
        assertTrue(outcome.acknowledgedAfterKill() > 0, "answers went on after the kill");
        int expectedPerPupil = modules.stream().mapToInt(m -> m.quiz().size()).sum();
        assertEquals(expectedPerPupil * pupils.size(), outcome.acknowledged().size(), "every answer acknowledged");
        try (Connection db = Cluster.db()) {
            for (AnswerRun.Acknowledged ack : outcome.acknowledged()) {
                assertEquals(
                        1,
                        Cluster.number(
                                db,
                                "select count(*) from attempt_answer where attempt_id = ? and question_id = ?",
                                ack.attemptId(),
                                ack.questionId()),
                        ack.toString());
            }
            for (AnswerRun.Pupil p : pupils) {
                assertEquals(
                        expectedPerPupil,
                        Cluster.number(
                                db,
                                "select count(*) from attempt_answer a join quiz_attempt q on q.id = a.attempt_id"
                                        + " where q.pupil_id = ?",
                                p.id()),
                        "answers stored for pupil " + p.id());
                assertEquals(
                        modules.size(),
                        Cluster.number(
                                db,
                                "select count(*) from quiz_attempt where pupil_id = ? and finished_at is not null",
                                p.id()),
                        "one finished attempt per module for pupil " + p.id());
            }
        }
    }

    private static Response note(List<String> served, Response response) {
        String upstream = response.header("X-Upstream");
        assertTrue(upstream != null && !upstream.isBlank(), "nginx names the instance that answered");
        served.add(upstream);
        return response;
    }

    /** Round-robin over two instances: each served a fair share of one session's requests. */
    private static void assertBothInstancesServed(List<String> served) {
        for (String instance : Cluster.instances().keySet()) {
            long count = served.stream().filter(instance::equals).count();
            assertTrue(count * 3 >= served.size(), instance + " served " + count + " of " + served);
        }
    }

    private static long demoPupilId(int index) throws Exception {
        try (Connection db = Cluster.db()) {
            return Cluster.number(
                    db,
                    "select p.id from pupil p join school_class c on c.id = p.class_id"
                            + " where c.class_code = ? and p.display_name = ?",
                    DemoSchool.CLASS_CODE,
                    DemoPupils.name(index));
        }
    }
}

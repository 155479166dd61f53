package org.hifazat.safeguarding;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.audit.AuditEvent;
import org.hifazat.identity.Role;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorriesInboxTest {

    @Test
    void theClassTeacherSeesTheReportAndItsCountsAndAnotherTeacherGets404() {
        WorryFixture f = WorryFixture.create();
        long report = f.tell("unkind", "They laugh at my photo");
        Forms teacher = Forms.signedIn(f.teacher());
        teacher.open("/teacher").then().body(containsString("Worries inbox")).body(containsString("1 new"));
        teacher.open("/classes/" + f.classId())
                .then()
                .body(containsString("Worries"))
                .body(containsString("1 new"));
        teacher.open("/classes/" + f.classId() + "/worries")
                .then()
                .statusCode(200)
                .body(containsString("Hina S."))
                .body(containsString("Someone is being unkind"));
        teacher.open("/worries").then().statusCode(200).body(containsString(f.reportPath(report)));

        Forms other = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        other.open(f.reportPath(report)).then().statusCode(404);
        other.open("/classes/" + f.classId() + "/worries").then().statusCode(404);
        other.open("/worries").then().statusCode(200).body(not(containsString(f.reportPath(report))));
        other.open("/classes/new");
        other.post(f.reportPath(report) + "/status", "status", "closed").then().statusCode(404);
        other.post(f.reportPath(report) + "/notes", "note", "not mine").then().statusCode(404);
        other.post(f.reportPath(report) + "/share").then().statusCode(404);
        assertEquals("new", WorryFixture.load(report).status);
        assertEquals(0, notes(report));

        Forms ministry = Forms.signedIn("ministry");
        ministry.open("/worries").then().statusCode(403);
        ministry.open(f.reportPath(report)).then().statusCode(403);

        teacher.open(f.reportPath(report))
                .then()
                .statusCode(200)
                .body(containsString("They laugh at my photo"))
                .body(containsString("0800-39393"));
        // opening it made it seen: the count is gone
        assertEquals("seen", WorryFixture.load(report).status);
        teacher.open("/teacher").then().body(not(containsString("1 new")));
    }

    @Test
    void theTeacherMovesTheStatusAndBadValuesChangeNothing() {
        WorryFixture f = WorryFixture.create();
        long report = f.tell("account", "");
        Forms teacher = Forms.signedIn(f.teacher());
        String page = f.reportPath(report);
        teacher.open(page);
        assertEquals("seen", WorryFixture.load(report).status);
        for (String status : List.of("acted", "closed", "acted", "seen")) {
            assertEquals(303, teacher.post(page + "/status", "status", status).statusCode(), status);
            assertEquals(status, WorryFixture.load(report).status);
        }
        for (String bad : List.of("new", "urgent", "", "CLOSED ; drop table")) {
            teacher.post(page + "/status", "status", bad)
                    .then()
                    .statusCode(400)
                    .body(containsString("Choose one of the statuses shown"));
        }
        assertEquals("seen", WorryFixture.load(report).status);
        teacher.open("/classes/" + f.classId() + "/worries?status=seen")
                .then()
                .statusCode(200)
                .body(containsString(page));
        teacher.open("/classes/" + f.classId() + "/worries?status=closed")
                .then()
                .statusCode(200)
                .body(not(containsString(page)));
        teacher.open("/worries?status=urgent").then().statusCode(400);
    }

    @Test
    void notesArePrivateAndChecked() {
        WorryFixture f = WorryFixture.create();
        long report = f.tell("stranger", "A man in a game wants to meet");
        Forms teacher = Forms.signedIn(f.teacher());
        String page = f.reportPath(report);
        teacher.open(page);
        assertEquals(
                303,
                teacher.post(page + "/notes", "note", "Spoke with Hina; told the head teacher.")
                        .statusCode());
        teacher.open(page + "?done=note")
                .then()
                .body(containsString("Your note is saved"))
                .body(containsString("Spoke with Hina; told the head teacher."));
        teacher.post(page + "/notes", "note", "   ")
                .then()
                .statusCode(400)
                .body(containsString("Write something in the note first"));
        teacher.post(page + "/notes", "note", "n".repeat(2001))
                .then()
                .statusCode(400)
                .body(containsString("at most 2000 characters"))
                .body(containsString("n".repeat(2001)));
        assertEquals(1, notes(report));
    }

    @Test
    void everyViewAndChangeIsAuditedAndShownAsTheTrail() {
        WorryFixture f = WorryFixture.create();
        long report = f.tell("upsetting", "a scary video");
        Forms teacher = Forms.signedIn(f.teacher());
        String page = f.reportPath(report);
        teacher.open(page);
        teacher.post(page + "/status", "status", "acted");
        teacher.post(page + "/notes", "note", "Called the parents");
        teacher.post(page + "/share");
        teacher.open(page);
        assertEquals(
                List.of(
                        "worry-reported",
                        "worry-viewed",
                        "worry-status seen",
                        "worry-status acted",
                        "worry-note",
                        "worry-shared",
                        "worry-viewed"),
                trail(report));
        // the log never holds the pupil's words or the note's text
        String all = String.join(" ", details(report));
        assertEquals(false, all.contains("scary") || all.contains("parents"), all);
        teacher.open(page)
                .then()
                .body(containsString("Sent the report"))
                .body(containsString("Opened the report"))
                .body(containsString("Set the status to &quot;Acted on&quot;"))
                .body(containsString("Added a note"))
                .body(containsString("Shared the report with the head teacher"));
    }

    @Test
    void theHeadTeacherSeesOnlySharedReportsAndCannotChangeTheirStatus() {
        WorryFixture f = WorryFixture.create();
        long report = f.tell("stranger", "someone asked where I live");
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        head.open(f.reportPath(report)).then().statusCode(404);
        head.open("/worries").then().statusCode(200).body(not(containsString(f.reportPath(report))));

        Forms teacher = Forms.signedIn(f.teacher());
        teacher.open(f.reportPath(report));
        assertEquals(303, teacher.post(f.reportPath(report) + "/share").statusCode());

        head.open("/school").then().body(containsString("Worries shared with you"));
        head.open("/worries").then().statusCode(200).body(containsString(f.reportPath(report)));
        head.open(f.reportPath(report))
                .then()
                .statusCode(200)
                .body(containsString("someone asked where I live"))
                .body(not(containsString("/status\"")));
        head.post(f.reportPath(report) + "/status", "status", "closed").then().statusCode(403);
        assertEquals(
                303,
                head.post(f.reportPath(report) + "/notes", "note", "I will call the parents")
                        .statusCode());
        assertEquals("seen", WorryFixture.load(report).status);
        assertEquals(1, notes(report));
        // a head teacher of another school still gets nothing
        Forms otherHead = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, true));
        otherHead.open(f.reportPath(report)).then().statusCode(404);
    }

    @Test
    void theGuideAndRoutesAreThere() {
        Forms teacher = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        teacher.open("/worries/guide")
                .then()
                .statusCode(200)
                .body(containsString("Responding to a pupil&#39;s worry"))
                .body(containsString("never promise to keep a secret"))
                .body(containsString("0800-39393"))
                .body(not(containsString("call the police on 15")));
    }

    private static long notes(long reportId) {
        return QuarkusTransaction.requiringNew().call(() -> WorryNote.count("report.id", reportId));
    }

    private static List<String> trail(long reportId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                        "targetType = 'worry' and targetId = ?1 order by occurredAt, id", Long.toString(reportId))
                .stream()
                .map(e -> e.action.equals("worry-status") ? e.action + " " + e.details : e.action)
                .toList());
    }

    private static List<String> details(long reportId) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEvent.<AuditEvent>list("targetType = 'worry' and targetId = ?1", Long.toString(reportId))
                                .stream()
                                .map(e -> String.valueOf(e.details))
                                .toList());
    }
}

package org.hifazat.cards;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.identity.Role;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CardsPageTest {

    private static final Pattern CARD = Pattern.compile("(?s)data-pupil=\"(\\d+)\"(.*?)</article>");
    private static final Pattern PART = Pattern.compile("data-(?:picture|word)=\"([a-z]+)\"");

    @Test
    void thePrintViewShowsExactlyTheFreshSecretsAndTheySignThePupilIn() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 3, "en", List.of("Sara B."));
        long sara = TestSchools.pupilId(classId, "Sara B.");
        Forms teacher = Forms.signedIn(username);
        teacher.open("/classes/" + classId + "/pupils");
        assertEquals(
                303,
                teacher.post("/classes/" + classId + "/pupils", "firstName", "Ayesha", "initial", "K")
                        .statusCode());
        long ayesha = TestSchools.pupilId(classId, "Ayesha K.");
        Response page = teacher.open("/classes/" + classId + "/cards");
        page.then()
                .statusCode(200)
                .body(containsString("/css/cards.css"))
                .body(containsString("can be printed only when it is made"))
                .body(containsString(TestSchools.classCode(classId)))
                .body(containsString("Ayesha K."))
                .body(containsString("My two secret pictures"));
        Map<Long, List<String>> cards = cards(page.asString());
        assertEquals(
                List.of(ayesha), List.copyOf(cards.keySet()), "only the new pupil has a card, Sara's is not known");
        List<String> pictures = cards.get(ayesha);
        assertEquals(2, pictures.size());
        assertTrue(page.asString().contains("/img/pictures/" + pictures.get(0) + ".svg"));
        assertEquals(303, signIn(classId, ayesha, pictures).statusCode());
        assertEquals(303, signIn(classId, sara, List.of("cat", "kite")).statusCode());
    }

    @Test
    void resettingAPupilInvalidatesTheOldSecretAndPrintsTheNewOne() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 4, "en", List.of("Sara B.", "Omar F."));
        long sara = TestSchools.pupilId(classId, "Sara B.");
        Forms teacher = Forms.signedIn(username);
        teacher.open("/classes/" + classId + "/pupils").then().body(containsString("/pupils/" + sara + "/reset"));
        Response reset = teacher.post("/classes/" + classId + "/pupils/" + sara + "/reset");
        assertEquals(303, reset.statusCode());
        teacher.follow(reset).then().body(containsString("their old card no longer works"));
        Map<Long, List<String>> cards =
                cards(teacher.open("/classes/" + classId + "/cards").asString());
        assertEquals(List.of(sara), List.copyOf(cards.keySet()));
        assertEquals(401, signIn(classId, sara, List.of("cat", "kite")).statusCode());
        assertEquals(303, signIn(classId, sara, cards.get(sara)).statusCode());
        assertEquals(1L, audits("pupil-secret-reset", sara));
    }

    @Test
    void newCardsForTheWholeClassNeedConfirmationAndFillSheetsOfEight() {
        String username = TestSchools.adult(Role.TEACHER, false);
        List<String> names = new ArrayList<>();
        for (char c = 'A'; c <= 'I'; c++) {
            names.add("Ali " + c + ".");
        }
        long classId = TestSchools.classOf(username, 7, "ur", names);
        long first = TestSchools.pupilId(classId, "Ali A.");
        Forms teacher = Forms.signedIn(username);
        teacher.open("/classes/" + classId + "/cards");
        teacher.post("/classes/" + classId + "/cards/reset-all")
                .then()
                .statusCode(400)
                .body(containsString("Tick the box first"));
        assertEquals(303, signIn(classId, first, List.of("river", "mountain")).statusCode());
        assertEquals(
                303,
                teacher.post("/classes/" + classId + "/cards/reset-all", "confirm", "yes")
                        .statusCode());
        Response page = teacher.open("/classes/" + classId + "/cards");
        String html = page.asString();
        Map<Long, List<String>> cards = cards(html);
        assertEquals(9, cards.size());
        assertEquals(2, html.split("<section class=\"sheet\">", -1).length - 1, "9 cards make two A4 sheets");
        String firstSheet = html.substring(html.indexOf("<section class=\"sheet\">"), html.indexOf("</section>"));
        assertEquals(8, firstSheet.split("class=\"signin-card\"", -1).length - 1);
        // the class's language: the cards are in Urdu on an English page
        assertTrue(html.contains("lang=\"ur\" dir=\"rtl\""));
        assertTrue(html.contains("میرے دو خفیہ الفاظ"));
        assertEquals(401, signIn(classId, first, List.of("river", "mountain")).statusCode());
        assertEquals(303, signIn(classId, first, cards.get(first)).statusCode());
    }

    @Test
    void cardsPrintedForgetsTheBatch() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 3, "en", List.of());
        Forms teacher = Forms.signedIn(username);
        teacher.open("/classes/" + classId + "/pupils");
        teacher.post("/classes/" + classId + "/pupils", "firstName", "Bilal", "initial", "A");
        assertEquals(
                1,
                cards(teacher.open("/classes/" + classId + "/cards").asString()).size());
        assertEquals(1L, batches(classId));
        Response printed = teacher.post("/classes/" + classId + "/cards/printed");
        assertEquals(303, printed.statusCode());
        teacher.follow(printed).then().body(containsString("secrets of the printed cards are forgotten"));
        assertEquals(0L, batches(classId));
        teacher.open("/classes/" + classId + "/cards")
                .then()
                .statusCode(200)
                .body(containsString("No new cards are waiting"))
                .body(not(containsString("data-pupil=")));
    }

    @Test
    void anExpiredBatchShowsNoCards() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 3, "en", List.of());
        Forms teacher = Forms.signedIn(username);
        teacher.open("/classes/" + classId + "/pupils");
        teacher.post("/classes/" + classId + "/pupils", "firstName", "Zainab", "initial", "R");
        QuarkusTransaction.requiringNew()
                .run(() -> CardBatch.update(
                        "expiresAt = ?1 where schoolClass.id = ?2",
                        LocalDateTime.now().minusMinutes(1),
                        classId));
        teacher.open("/classes/" + classId + "/cards")
                .then()
                .statusCode(200)
                .body(containsString("No new cards are waiting"))
                .body(not(containsString("Zainab R.")));
        teacher.open("/classes/" + classId + "/pupils").then().body(not(containsString("waiting to be printed")));
    }

    @Test
    void anotherTeachersClassIsNotFoundAndTheHeadTeacherPrintsNothing() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(username, 3, "en", List.of("Sara B."));
        long sara = TestSchools.pupilId(classId, "Sara B.");
        Forms other = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        other.open("/classes/" + classId + "/cards").then().statusCode(404);
        other.open("/classes/new");
        other.post("/classes/" + classId + "/pupils/" + sara + "/reset").then().statusCode(404);
        other.post("/classes/" + classId + "/cards/reset-all", "confirm", "yes")
                .then()
                .statusCode(404);
        other.post("/classes/" + classId + "/cards/printed").then().statusCode(404);
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        head.open("/classes/" + classId + "/cards").then().statusCode(403);
        head.open("/classes/" + classId).then().statusCode(200).body(not(containsString("/cards\"")));
        assertEquals(303, signIn(classId, sara, List.of("cat", "kite")).statusCode());
        assertEquals(0L, audits("pupil-secret-reset", sara));
    }

    /** The cards on a print view: pupil id to the two picture or word ids. */
    static Map<Long, List<String>> cards(String html) {
        Map<Long, List<String>> cards = new LinkedHashMap<>();
        Matcher card = CARD.matcher(html);
        while (card.find()) {
            List<String> parts = new ArrayList<>();
            Matcher part = PART.matcher(card.group(2));
            while (part.find()) {
                parts.add(part.group(1));
            }
            cards.put(Long.parseLong(card.group(1)), parts);
        }
        return cards;
    }

    private static Response signIn(long classId, long pupilId, List<String> secret) {
        String path = "/class/" + TestSchools.classCode(classId) + "/" + pupilId;
        Forms device = new Forms();
        device.open(path);
        return device.post(path, "choice", secret.get(0), "choice", secret.get(1));
    }

    private static long batches(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> CardBatch.count("schoolClass.id", classId));
    }

    private static long audits(String action, long pupilId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> org.hifazat.audit.AuditEvent.count(
                        "action = ?1 and targetId = ?2", action, Long.toString(pupilId)));
    }
}

package org.hifazat.safeguarding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.identity.Role;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TellPageTest {

    @Test
    void aPupilTellsOnceAndSeesVerifiedReportingRoutes() {
        WorryFixture f = WorryFixture.create();
        Forms pupil = f.pupil();
        pupil.open("/pupil").then().body(containsString("href=\"/pupil/tell\""));
        String key = WorryFixture.openForm(pupil);
        Response sent = pupil.post(
                "/pupil/tell",
                "reportKey",
                key,
                "category",
                "stranger",
                "place",
                "game",
                "words",
                "He asked for my photo");
        assertEquals(303, sent.statusCode());
        pupil.follow(sent)
                .then()
                .statusCode(200)
                .body(containsString("Thank you for telling"))
                .body(containsString("0800-39393"))
                .body(containsString("Digital Rights Foundation"))
                // unverified facts are never shown
                .body(not(containsString("call the police on 15")));
        // a double click or a retry over a bad network: the same key stores nothing more
        assertEquals(
                303,
                pupil.post("/pupil/tell", "reportKey", key, "category", "stranger", "words", "again")
                        .statusCode());
        assertEquals(1, WorryFixture.reports(f.classId()));
        WorryReport stored = WorryFixture.load(WorryFixture.reportId(key));
        assertEquals("stranger", stored.category);
        assertEquals("game", stored.place);
        assertEquals("He asked for my photo", stored.details);
        assertEquals("new", stored.status);
        // a fresh form gets a fresh key: a second worry is a second report
        assertNotEquals(key, WorryFixture.openForm(pupil));
    }

    @Test
    void theThanksPageNeedsTheReport() {
        WorryFixture f = WorryFixture.create();
        Forms pupil = f.pupil();
        Response page = pupil.open("/pupil/tell/thanks?report=00000000-0000-0000-0000-000000000000");
        assertEquals(303, page.statusCode());
        assertTrue(page.header("Location").endsWith("/pupil/tell"));
    }

    @Test
    void badInputGetsAKindMessageAndStoresNothing() {
        WorryFixture f = WorryFixture.create();
        Forms pupil = f.pupil();
        String key = WorryFixture.openForm(pupil);
        pupil.post("/pupil/tell", "reportKey", key, "category", "aliens", "words", "my words")
                .then()
                .statusCode(400)
                .body(containsString("Please tap one of the buttons"))
                .body(containsString("my words"));
        pupil.post("/pupil/tell", "reportKey", key, "words", "only words")
                .then()
                .statusCode(400)
                .body(containsString("Please tap what happened first"))
                .body(containsString("only words"));
        pupil.post("/pupil/tell", "reportKey", key, "category", "unkind", "place", "moon")
                .then()
                .statusCode(400);
        pupil.post("/pupil/tell", "reportKey", key, "category", "unkind", "words", "x".repeat(10_000))
                .then()
                .statusCode(400)
                .body(containsString("That is a lot of words"))
                .body(containsString("at most 1000 letters"));
        pupil.post("/pupil/tell", "reportKey", "not-a-key", "category", "unkind")
                .then()
                .statusCode(400)
                .body(containsString("Something went wrong"));
        assertEquals(0, WorryFixture.reports(f.classId()));
        // the same form, corrected, goes through
        assertEquals(
                303,
                pupil.post("/pupil/tell", "reportKey", key, "category", "unkind", "words", "x".repeat(1000))
                        .statusCode());
        assertEquals(1, WorryFixture.reports(f.classId()));
    }

    @Test
    void aReportSentAfterSignOutIsRefusedKindlyWithTheWordsKept() {
        WorryFixture f = WorryFixture.create();
        Forms pupil = f.pupil();
        String key = WorryFixture.openForm(pupil);
        Map<String, String> before = Map.copyOf(pupil.cookies());
        pupil.post("/sign-out");
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookies(Map.of("hz_csrf", before.get("hz_csrf")))
                .formParam("csrf", before.get("hz_csrf"))
                .formParam("reportKey", key)
                .formParam("category", "unkind")
                .formParam("words", "Someone keeps calling me names")
                .post("/pupil/tell")
                .then()
                .statusCode(401)
                .body(containsString("You were signed out"))
                .body(containsString("Someone keeps calling me names"))
                .body(containsString("href=\"/class\""));
        assertEquals(0, WorryFixture.reports(f.classId()));
    }

    @Test
    void anAdultCannotTellAsAPupil() {
        Forms teacher = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        teacher.open("/classes/new");
        teacher.post("/pupil/tell", "reportKey", "00000000-0000-0000-0000-000000000001", "category", "other")
                .then()
                .statusCode(403);
    }

    @Test
    void theFormIsInUrduToo() {
        WorryFixture f = WorryFixture.create();
        Forms pupil = f.pupil();
        pupil.open("/language/ur?next=/pupil/tell");
        pupil.open("/pupil/tell")
                .then()
                .statusCode(200)
                .body(containsString("dir=\"rtl\""))
                .body(containsString("ٹیچر کو بتائیں"))
                .body(containsString("کسی انجان شخص نے مجھ سے رابطہ کیا"));
    }
}

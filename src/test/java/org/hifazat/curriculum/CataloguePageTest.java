package org.hifazat.curriculum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.hifazat.web.Language;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CataloguePageTest {

    @Test
    void listsModulesByTopicAndBandInEnglishWithTheUrduBeside() {
        given().get("/modules")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("id=\"topic-strangers\""))
                .body(containsString("Strangers and grooming"))
                .body(containsString("Band B · grades 3–5"))
                .body(containsString("<strong>A secret gift</strong>"))
                .body(containsString("<span class=\"other\" lang=\"ur\" dir=\"rtl\">ایک خفیہ تحفہ</span>"))
                .body(containsString("id=\"teacher-track\""))
                .body(containsString("Responding calmly to a disclosure"));
    }

    @Test
    void inUrduTheUrduLeadsAndTheEnglishIsBeside() {
        given().cookie(Language.COOKIE, "ur")
                .get("/modules")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"ur\" dir=\"rtl\">"))
                .body(containsString("<strong>ایک خفیہ تحفہ</strong>"))
                .body(containsString("<span class=\"other\" lang=\"en\" dir=\"ltr\">A secret gift</span>"))
                .body(containsString("درجہ B · جماعت 3 تا 5"));
    }

    @Test
    void thePageShowsNoAnswers() {
        given().get("/modules")
                .then()
                .body(not(containsString("Right: a secret gift is a red flag.")))
                .body(not(containsString("correct")));
    }

    @Test
    void theFrontPageLinksToTheLessons() {
        given().get("/").then().body(containsString("href=\"/modules\""));
    }
}

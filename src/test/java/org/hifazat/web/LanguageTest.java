package org.hifazat.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageTest {

    @Test
    void englishIsTheDefault() {
        given().get("/")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Learning to stay safe online"));
    }

    @Test
    void switchingToUrduIsRememberedAndRightToLeft() {
        String cookie = given().redirects()
                .follow(false)
                .get("/language/ur?next=/sign-in")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/sign-in"))
                .extract()
                .cookie(Language.COOKIE);
        given().cookie(Language.COOKIE, cookie)
                .get("/sign-in")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"ur\" dir=\"rtl\">"))
                .body(containsString("اساتذہ اور عملے کے لیے سائن اِن"));
    }

    @Test
    void browserPreferenceForUrduIsHonoured() {
        given().header("Accept-Language", "ur-PK,ur;q=0.9").get("/").then().body(containsString("dir=\"rtl\""));
    }

    @Test
    void unknownLanguageCodeFallsBackToEnglish() {
        String cookie = given().redirects()
                .follow(false)
                .get("/language/xx")
                .then()
                .statusCode(303)
                .extract()
                .cookie(Language.COOKIE);
        given().cookie(Language.COOKIE, cookie).get("/").then().body(containsString("lang=\"en\""));
        given().cookie(Language.COOKIE, "klingon").get("/").then().body(containsString("lang=\"en\""));
    }

    @Test
    void languageSwitchNeverLeavesTheSite() {
        given().redirects()
                .follow(false)
                .get("/language/ur?next=//evil.example")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/"));
        given().redirects()
                .follow(false)
                .get("/language/ur?next=https://evil.example")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/"));
    }

    @Test
    void urduPagesLoadTheNastaliqFaceFromThisServer() {
        given().get("/css/app.css")
                .then()
                .statusCode(200)
                .body(containsString("url(/fonts/noto-nastaliq-urdu-arabic-400-normal.woff2)"));
        given().get("/fonts/noto-nastaliq-urdu-arabic-400-normal.woff2").then().statusCode(200);
    }
}

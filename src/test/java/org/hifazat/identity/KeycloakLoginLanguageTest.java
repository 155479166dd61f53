package org.hifazat.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.hifazat.web.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's login page speaks the adult's Hifazat language: the way to Keycloak carries ui_locales, and the realm's
 * Urdu texts (deploy/keycloak/hifazat-realm.json) show right to left.
 */
@QuarkusTest
@Tag("keycloak")
@TestProfile(KeycloakTestProfile.class)
class KeycloakLoginLanguageTest {

    @Test
    void anAdultWhoChoseUrduGetsKeycloaksLoginPageInUrdu() {
        String login = wayToKeycloak(given().cookie(Language.COOKIE, "ur"));
        assertTrue(login.contains("ui_locales=ur"), login);
        given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .get(login)
                .then()
                .statusCode(200)
                .body(containsString("lang=\"ur\""))
                .body(containsString("dir=\"rtl\""))
                .body(containsString("اپنے اکاؤنٹ میں سائن اِن کریں"))
                .body(containsString("یوزر نیم یا ای میل"))
                .body(containsString("پاس ورڈ"))
                .body(containsString("پاس ورڈ بھول گئے؟"))
                .body(not(containsString("Sign in to your account")));
    }

    @Test
    void aBrowserThatPrefersUrduGetsUrduToo() {
        String login = wayToKeycloak(given().header("Accept-Language", "ur-PK,ur;q=0.9,en;q=0.5"));
        assertTrue(login.contains("ui_locales=ur"), login);
    }

    @Test
    void englishStaysEnglishAndOffersUrdu() {
        String login = wayToKeycloak(given().cookie(Language.COOKIE, "en"));
        assertTrue(login.contains("ui_locales=en"), login);
        given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .get(login)
                .then()
                .statusCode(200)
                .body(containsString("dir=\"ltr\""))
                .body(containsString("Sign in to your account"))
                .body(containsString("اردو"));
    }

    /**
     * Where Hifazat sends an adult who is not signed in: Keycloak's authorization address. Asked at 127.0.0.1, the
     * loopback address the realm accepts on any port, so the address back to Hifazat is one Keycloak takes.
     */
    private static String wayToKeycloak(io.restassured.specification.RequestSpecification request) {
        Response response = request.baseUri("http://127.0.0.1")
                .port(RestAssured.port)
                .redirects()
                .follow(false)
                .get(SignInMode.KEYCLOAK_SIGN_IN);
        String location = response.header("Location");
        assertTrue(
                response.statusCode() == 302 && location != null && location.startsWith(KeycloakTokens.realmUrl()),
                response.statusCode() + " " + location);
        return location;
    }
}

package org.hifazat.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.util.UUID;
import org.hifazat.Forms;
import org.hifazat.audit.AuditEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInPageTest {

    @Test
    void teacherSignsInAndLandsOnTheirStartPage() {
        Forms browser = Forms.signedIn("teacher");
        browser.open("/teacher")
                .then()
                .statusCode(200)
                .body(containsString("Miss Ayesha Khan"))
                .body(containsString("DEMO-0001"));
        // the front page now sends a signed-in teacher to their own start page
        assertEquals("/teacher", browser.open("/").header("Location").replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void eachRoleHasItsStartPage() {
        for (String[] pair : new String[][] {{"head", "/school"}, {"ministry", "/ministry"}, {"admin", "/admin"}}) {
            Forms browser = new Forms();
            browser.open("/sign-in");
            Response response = browser.post("/sign-in", "username", pair[0], "password", "hifazat-demo");
            assertTrue(response.header("Location").endsWith(pair[1]), pair[0] + " lands on " + pair[1]);
            browser.open(pair[1]).then().statusCode(200);
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameGenericMessage() {
        Forms browser = new Forms();
        browser.open("/sign-in");
        String wrong = browser.post("/sign-in", "username", "teacher", "password", "nope")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        browser.open("/sign-in");
        String unknown = browser.post("/sign-in", "username", "nobody-here", "password", "nope")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        assertTrue(wrong.contains("That username and password do not match"));
        assertTrue(unknown.contains("That username and password do not match"));
        assertTrue(!browser.cookies().containsKey(SessionCookies.NAME), "no session after a failed sign-in");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            AdultAccount account = new AdultAccount();
            account.username = username;
            account.displayName = "Lock Test";
            account.passwordHash = BcryptUtil.bcryptHash("right-password");
            account.role = Role.TEACHER;
            account.scopeType = ScopeType.SCHOOL;
            account.language = "en";
            account.active = true;
            account.createdAt = LocalDateTime.now();
            account.persist();
        });
        Forms browser = new Forms();
        for (int i = 1; i <= 4; i++) {
            browser.open("/sign-in");
            browser.post("/sign-in", "username", username, "password", "wrong-" + i)
                    .then()
                    .statusCode(401);
        }
        browser.open("/sign-in");
        browser.post("/sign-in", "username", username, "password", "wrong-5")
                .then()
                .statusCode(429)
                .body(containsString("locked for 15 minutes"));
        browser.open("/sign-in");
        browser.post("/sign-in", "username", username, "password", "right-password")
                .then()
                .statusCode(429);
        long locks = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", "account-locked"));
        assertTrue(locks >= 1);
    }

    @Test
    void signInWithoutTheFormTokenIsRefusedKindly() {
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", "teacher")
                .formParam("password", "hifazat-demo")
                .post("/sign-in")
                .then()
                .statusCode(403)
                .body(containsString("This form has expired"))
                .header("Set-Cookie", not(containsString(SessionCookies.NAME + "=")));
    }

    @Test
    void forgedTokenIsRefused() {
        Forms browser = new Forms();
        browser.open("/sign-in");
        given().cookies(browser.cookies())
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", "forged-token-value")
                .formParam("username", "teacher")
                .formParam("password", "hifazat-demo")
                .post("/sign-in")
                .then()
                .statusCode(403);
    }

    @Test
    void anonymousVisitorIsSentToSignInAndBackAfterwards() {
        String location = given().redirects()
                .follow(false)
                .get("/teacher")
                .then()
                .statusCode(302)
                .extract()
                .header("Location");
        assertTrue(location.contains("/sign-in?next=%2Fteacher"), location);
        Forms browser = new Forms();
        browser.open("/sign-in?next=/teacher");
        Response response =
                browser.post("/sign-in", "username", "teacher", "password", "hifazat-demo", "next", "/teacher");
        assertTrue(response.header("Location").endsWith("/teacher"));
    }

    @Test
    void signInNeverRedirectsToAnotherSite() {
        Forms browser = new Forms();
        browser.open("/sign-in");
        Response response = browser.post(
                "/sign-in", "username", "teacher", "password", "hifazat-demo", "next", "//evil.example/steal");
        assertTrue(response.header("Location").endsWith("/teacher"), response.header("Location"));
    }

    @Test
    void teacherCannotOpenTheAdminPage() {
        Forms browser = Forms.signedIn("teacher");
        browser.open("/admin").then().statusCode(403).body(containsString("This page is not for your account"));
    }

    @Test
    void signOutEndsTheSession() {
        Forms browser = Forms.signedIn("teacher");
        browser.open("/teacher");
        browser.post("/sign-out").then().statusCode(303);
        browser.open("/teacher").then().statusCode(302);
    }
}

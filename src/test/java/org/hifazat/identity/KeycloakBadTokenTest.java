package org.hifazat.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.hifazat.audit.AuditEvent;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Tokens Hifazat must refuse: expired, forged, from another realm or client (401), or signed by our realm for an
 * account Hifazat cannot accept (403). Each answer is JSON that says what is wrong, and nothing is written.
 */
@QuarkusTest
@Tag("keycloak")
@TestProfile(KeycloakTestProfile.class)
class KeycloakBadTokenTest {

    private long auditBefore;
    private long accountsBefore;

    @BeforeEach
    void count() {
        // the demo teacher may be linked by an earlier test: make that happen before counting
        given().auth()
                .oauth2(KeycloakTokens.of("teacher"))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
        auditBefore = audits();
        accountsBefore = accounts();
    }

    @AfterEach
    void nothingWritten() {
        assertEquals(auditBefore, audits(), "no audit event for a refused token");
        assertEquals(accountsBefore, accounts(), "no account for a refused token");
    }

    @Test
    void expiredTokenIsRefused() {
        String token = KeycloakTokens.fromClient("hifazat-test-short", "teacher");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        // the test client's tokens live 2 seconds: poll until the app refuses it, with a deadline
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Response response;
        do {
            response = given().auth().oauth2(token).get("/api/v1/me");
        } while (response.statusCode() == 200 && Instant.now().isBefore(deadline));
        assertUnauthorized(response);
    }

    @Test
    void tokenWithAChangedPayloadIsRefused() {
        String[] parts = KeycloakTokens.of("teacher").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"teacher\"", "\"admin\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertUnauthorized(given().auth().oauth2(forged).get("/api/v1/me"));
    }

    @Test
    void unsignedTokenIsRefused() {
        String[] parts = KeycloakTokens.of("teacher").split("\\.");
        String none = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertUnauthorized(given().auth().oauth2(none + "." + parts[1] + ".").get("/api/v1/me"));
        assertUnauthorized(given().auth().oauth2("not-a-token").get("/api/v1/me"));
    }

    @Test
    void tokenFromAnotherRealmIsRefused() {
        String user = KeycloakTokens.env("KC_BOOTSTRAP_ADMIN_USERNAME", "");
        String password = KeycloakTokens.env("KC_BOOTSTRAP_ADMIN_PASSWORD", "");
        assertTrue(!user.isEmpty(), "run through .ci/keycloak.sh, which sets the Keycloak admin account");
        String master = given().baseUri(KeycloakTokens.keycloakUrl())
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", user)
                .formParam("password", password)
                .post("/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("access_token");
        assertUnauthorized(given().auth().oauth2(master).get("/api/v1/me"));
    }

    @Test
    void tokenForAnotherClientOfTheRealmIsRefused() {
        assertUnauthorized(given().auth()
                .oauth2(KeycloakTokens.fromClient("other-app", "teacher"))
                .get("/api/v1/me"));
    }

    @Test
    void roleHifazatDoesNotKnowIsForbidden() {
        assertForbidden("librarian", "keycloak_refused_no_role");
    }

    @Test
    void twoHifazatRolesAreForbidden() {
        assertForbidden("two-roles", "keycloak_refused_several_roles");
    }

    @Test
    void schoolThatDoesNotExistIsForbidden() {
        assertForbidden("ghost-teacher", "keycloak_refused_scope_unknown");
    }

    @Test
    void districtThatDoesNotExistIsForbidden() {
        assertForbidden("ghost-ministry", "keycloak_refused_scope_unknown");
    }

    private static void assertUnauthorized(Response response) {
        response.then()
                .statusCode(401)
                .contentType(containsString("application/json"))
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("error", equalTo("Please sign in"))
                .body("details", hasItem(Messages.get(Language.EN, "keycloak_bad_token")));
    }

    private static void assertForbidden(String username, String messageKey) {
        given().auth()
                .oauth2(KeycloakTokens.of(username))
                .get("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType(containsString("application/json"))
                .body("details", hasItem(Messages.get(Language.EN, messageKey)));
        assertTrue(
                QuarkusTransaction.requiringNew()
                        .call(() -> AdultAccount.findByUsername(username).isEmpty()),
                "no account made for " + username);
    }

    private static long audits() {
        return QuarkusTransaction.requiringNew().call(AuditEvent::count);
    }

    private static long accounts() {
        return QuarkusTransaction.requiringNew().call(AdultAccount::count);
    }
}

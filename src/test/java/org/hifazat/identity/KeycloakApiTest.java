package org.hifazat.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.hifazat.audit.AuditEvent;
import org.hifazat.learning.PupilFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bearer tokens from a real Keycloak for each role against the API: what each may and may not do, and its scope. */
@QuarkusTest
@Tag("keycloak")
@TestProfile(KeycloakTestProfile.class)
class KeycloakApiTest {

    private static io.restassured.specification.RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.of(username));
    }

    @Test
    void teacherIsLinkedToTheAppAccountOfTheSameNameAndSeesOnlyOwnClasses() {
        as("teacher")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("teacher"))
                .body("displayName", equalTo("Miss Ayesha Khan"))
                .body("role", equalTo("teacher"))
                .body("scope", equalTo("school:DEMO-0001"));
        as("teacher").get("/api/v1/classes").then().statusCode(200).body("school", hasItem("DEMO-0001"));
        long linked = QuarkusTransaction.requiringNew()
                .call(() -> AdultAccount.findByUsername("teacher").orElseThrow().oidcSubject == null ? 0 : 1);
        assertEquals(1, linked, "the demo teacher's account now carries the Keycloak subject");
    }

    @Test
    void teacherMayNotUseTheAdminApi() {
        as("teacher")
                .contentType("text/csv")
                .body("emis_code,name,district,province,level,urban_rural\n")
                .post("/api/v1/registry/schools?dryRun=true")
                .then()
                .statusCode(403)
                .contentType(containsString("application/json"))
                .body("error", equalTo("This page is not for your account"));
    }

    @Test
    void headTeacherSeesTheWholeSchoolFromTheScopeClaim() {
        as("head")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("school-admin"))
                .body("scope", equalTo("school:DEMO-0001"));
        as("head").get("/api/v1/classes").then().statusCode(200).body("school", hasItem("DEMO-0001"));
    }

    @Test
    void ministryNeedsItsOneTimeCodeAndMayNotListClasses() {
        assertNotEquals(
                200,
                KeycloakTokens.grant("hifazat-test", "ministry", null).statusCode(),
                "a ministry password alone gets no token");
        as("ministry")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("ministry"))
                .body("scope", equalTo("national"));
        as("ministry").get("/api/v1/classes").then().statusCode(403).body("error", not(equalTo("")));
    }

    @Test
    void districtOfficialsScopeComesFromTheClaim() {
        as("ministry-lahore")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("ministry"))
                .body("scope", equalTo("district:PB-LHR"));
    }

    @Test
    void adminNeedsItsOneTimeCodeAndMayUseTheRegistryApi() {
        assertNotEquals(200, KeycloakTokens.grant("hifazat-test", "admin", null).statusCode());
        as("admin").get("/api/v1/me").then().statusCode(200).body("role", equalTo("admin"));
        // A header-only file is checked (no 401/403) and refused for having no schools: the admin got through.
        int status = as("admin")
                .contentType("text/csv")
                .body("emis_code,name,district,province,level,urban_rural\n")
                .post("/api/v1/registry/schools?dryRun=true")
                .then()
                .extract()
                .statusCode();
        assertTrue(status != 401 && status != 403, "admin reached the registry import, got " + status);
        as("admin").get("/api/v1/classes").then().statusCode(403);
    }

    @Test
    void firstSignInCreatesTheAccountFromTheClaimsOnce() {
        as("new-teacher")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("new-teacher"))
                .body("displayName", equalTo("Nadia Hussain"))
                .body("scope", equalTo("school:DEMO-0001"));
        as("new-teacher").get("/api/v1/classes").then().statusCode(200).body("size()", equalTo(0));
        long created = QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEvent.count("action = ?1 and details like ?2", "keycloak-account-created", "teacher %"));
        long accounts = QuarkusTransaction.requiringNew().call(() -> AdultAccount.count("username", "new-teacher"));
        assertEquals(1, accounts);
        assertTrue(created >= 1, "the new account is audited");
    }

    @Test
    void withoutATokenTheApiAsksForOne() {
        given().get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType(containsString("application/json"))
                .body("error", equalTo("Please sign in"));
    }

    @Test
    void pupilsStillSignInWithTheirClassCode() {
        PupilFixture pupil = PupilFixture.withModule(4, null);
        pupil.signIn().open("/pupil").then().statusCode(200);
    }
}

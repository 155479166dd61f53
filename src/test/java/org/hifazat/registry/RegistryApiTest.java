package org.hifazat.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hifazat.Forms;
import org.hifazat.RawHttp;
import org.hifazat.school.School;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistryApiTest {

    private static final String API = "/api/v1/registry/schools";
    private Map<String, String> admin;

    @BeforeEach
    void signIn() {
        admin = Forms.signedIn("admin").cookies();
    }

    private RequestSpecification asAdmin() {
        return given().cookies(admin).contentType("text/csv; charset=UTF-8");
    }

    @Test
    void aGoodFileIsImportedInOneCall() {
        SchoolFile file = new SchoolFile();
        String first = file.goodSchool();
        String second = file.code();
        file.line(second, "گورنمنٹ پرائمری سکول، کوئٹہ", "Quetta", "Balochistan", "primary", "urban");
        asAdmin().body(file.bytes()).post(API).then().statusCode(201).body("imported", equalTo(2));
        assertTrue(SchoolFile.inRegistry(first));
        assertEquals(
                "گورنمنٹ پرائمری سکول، کوئٹہ",
                QuarkusTransaction.requiringNew()
                        .call(() -> School.findByEmisCode(second).orElseThrow().name));
    }

    @Test
    void problemsComeBackAsJsonWithLineNumbersAndNothingIsWritten() {
        SchoolFile file = new SchoolFile();
        String good = file.goodSchool();
        file.line(file.code(), "School", "Nowhere", "PB", "primary", "urban");
        file.line(good, "Again", "PB-LHR", "PB", "primary", "urban");
        asAdmin()
                .body(file.bytes())
                .post(API)
                .then()
                .statusCode(422)
                .body("error", equalTo("The registry file has problems"))
                .body(
                        "details",
                        equalTo(List.of(
                                "line 3: unknown district \"Nowhere\". Use a district code such as PB-LHR or a name"
                                        + " from the registry's list of districts.",
                                "line 4: EMIS code " + good + " is also on line 2.")));
        assertTrue(!SchoolFile.inRegistry(good));
    }

    @Test
    void aDryRunChecksAndWritesNothing() {
        SchoolFile file = new SchoolFile();
        String code = file.goodSchool();
        asAdmin()
                .queryParam("dryRun", "true")
                .body(file.bytes())
                .post(API)
                .then()
                .statusCode(200)
                .body("valid", equalTo(1))
                .body("imported", equalTo(0));
        assertTrue(!SchoolFile.inRegistry(code));
    }

    @Test
    void manyProblemsAreCutShortWithACount() {
        SchoolFile file = new SchoolFile();
        for (int i = 0; i < 150; i++) {
            file.line(file.code(), "School", "PB-LHR", "PB", "kindergarten", "urban");
        }
        asAdmin()
                .body(file.bytes())
                .post(API)
                .then()
                .statusCode(422)
                .body("details", hasSize(101))
                .body("details[100]", equalTo("… and 50 more problems."));
    }

    @Test
    void wrongEncodingAndWrongColumnsAreClearErrors() {
        byte[] latin = "emis_code,name,district,province,level,urban_rural\nA-1,Caf\u00e9,PB-LHR,PB,primary,urban\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        asAdmin()
                .body(latin)
                .post(API)
                .then()
                .statusCode(422)
                .body(
                        "details[0]",
                        equalTo("line 2: the text is not UTF-8. Save the file as \"CSV UTF-8\" and"
                                + " upload it again; Urdu names are only kept in UTF-8."));
        asAdmin()
                .body("code,name\nA-1,School\n")
                .post(API)
                .then()
                .statusCode(422)
                .body(
                        "details",
                        hasItems("line 1: the column \"code\" is not one we know. The columns are:"
                                + " emis_code,name,district,province,level,urban_rural."));
    }

    @Test
    void onlyAdminsMayImportAndOnlyCsv() {
        given().contentType("text/csv")
                .body(new SchoolFile().bytes())
                .post(API)
                .then()
                .statusCode(401)
                .body("error", equalTo("Please sign in"));
        given().cookies(Forms.signedIn("teacher").cookies())
                .contentType("text/csv")
                .body(new SchoolFile().bytes())
                .post(API)
                .then()
                .statusCode(403)
                .body("error", equalTo("This page is not for your account"));
        given().cookies(admin)
                .contentType("application/json")
                .body("{}")
                .post(API)
                .then()
                .statusCode(415)
                .body("error", equalTo("That kind of file is not accepted"));
    }

    @Test
    void aHundredMegabyteBodyGetsA413InJson() {
        String response = RawHttp.postTooLarge(API, 100L * 1024 * 1024, "text/csv", admin);
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("{\"error\":\"That was too big\",\"details\":[]}"), response);
    }
}

package org.hifazat.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.hifazat.RawHttp;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownUrlGetsTheTranslatedNotFoundPage() {
        given().get("/no/such/page")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("We could not find that page"))
                .body(containsString("dir=\"ltr\""));
        given().cookie(Language.COOKIE, "ur")
                .get("/no/such/page")
                .then()
                .statusCode(404)
                .body(containsString("ہمیں یہ صفحہ نہیں ملا"))
                .body(containsString("dir=\"rtl\""));
    }

    @Test
    void unknownApiUrlGetsJson() {
        given().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType(containsString("application/json"))
                .body("error", equalTo("We could not find that page"))
                .body("details.size()", equalTo(0));
    }

    @Test
    void oversizedBodyIsRejectedWith413() {
        String body = "x=" + "a".repeat(3 * 1024 * 1024);
        given().contentType("application/x-www-form-urlencoded")
                .body(body)
                .post("/sign-in")
                .then()
                .statusCode(413);
    }

    @Test
    void malformedUrlIsABadRequestNotACrash() {
        for (String path : new String[] {"/%zz", "/sign-in?next=%", "/language/%E0%A4"}) {
            String response = RawHttp.get(path);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertTrue(status.matches("HTTP/1.1 [34]\\d\\d .*"), path + " -> " + status);
            assertFalse(response.contains("Exception"), response);
        }
    }

    @Test
    void wrongMethodIsExplained() {
        given().delete("/sign-in").then().statusCode(405).body(not(containsString("Exception")));
    }
}

package org.hifazat.curriculum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediaResourceTest {

    @Test
    void servesAnImageOfALoadedModule() {
        given().get("/media/modules/secret-gift-b/images/gift.svg")
                .then()
                .statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .body(containsString("<svg"));
    }

    @Test
    void servesNothingButImagesInsideTheFolder() {
        given().get("/media/modules/secret-gift-b/module.yaml").then().statusCode(404);
        given().urlEncodingEnabled(false)
                .get("/media/modules/secret-gift-b/images/..%2F..%2Fcalm-reply%2Flisten.svg")
                .then()
                .statusCode(404);
        given().get("/media/modules/no-such-module/images/gift.svg").then().statusCode(404);
        given().get("/media/materials/guide-secret-gift-b/missing.png").then().statusCode(404);
    }
}

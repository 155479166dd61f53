package org.hifazat.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesCarryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/sign-in", "/css/app.css", "/no/such/page"}) {
            given().get(path)
                    .then()
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("same-origin"));
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        org.hifazat.Forms browser = new org.hifazat.Forms();
        browser.open("/sign-in");
        String setCookie = browser
                .post("/sign-in", "username", "teacher", "password", "hifazat-demo")
                .headers()
                .getValues("Set-Cookie")
                .stream()
                .filter(c -> c.startsWith("hz_session="))
                .findFirst()
                .orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(setCookie.contains("HttpOnly"), setCookie);
        org.junit.jupiter.api.Assertions.assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    }

    @Test
    void pagesHaveNoInlineScript() {
        given().get("/sign-in").then().body(not(containsString("<script>"))).body(not(containsString("onclick=")));
    }
}

package org.hifazat.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import org.hifazat.browser.Chromium;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher signs in through Keycloak's own login page in headless Chromium (the code flow), lands on the teacher's
 * start page with the demo class, and signs out of Hifazat and Keycloak together.
 */
@QuarkusTest
@Tag("keycloak")
@TestProfile(KeycloakTestProfile.class)
class KeycloakBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void teacherSignsInAtKeycloakAndLandsOnTheStartPage() {
        // Keycloak accepts any port for a loopback redirect address, written as 127.0.0.1
        String app = "http://127.0.0.1:" + root.getPort();
        ChromeDriver browser = Chromium.start(390, 900);
        try {
            browser.get(app + "/teacher");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.getCurrentUrl().startsWith(KeycloakTokens.realmUrl()));
            Chromium.screenshot(browser, "keycloak-login");
            browser.findElement(By.id("username")).sendKeys("teacher");
            browser.findElement(By.id("password")).sendKeys(KeycloakTokens.PASSWORD);
            browser.findElement(By.cssSelector("[type=submit]")).click();

            wait.until(d -> d.getCurrentUrl().startsWith(app));
            assertEquals(app + "/teacher", browser.getCurrentUrl());
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("4"), page);
            assertTrue(browser.findElement(By.cssSelector(".who")).getText().contains("Ayesha"));
            assertTrue(page.contains("HZDEM4"), "the demo class is listed: " + page);
            Chromium.screenshot(browser, "keycloak-teacher-start");

            // the class page works with the Keycloak session (a page under the teacher's own access rules)
            String classPage = browser.findElements(By.cssSelector("a[href^='/classes/']")).stream()
                    .map(a -> a.getAttribute("href"))
                    .filter(href -> href.matches(".*/classes/[0-9]+$"))
                    .findFirst()
                    .orElseThrow();
            browser.get(classPage);
            assertEquals(classPage, browser.getCurrentUrl());
            assertTrue(browser.findElement(By.tagName("h1")).getText().contains("4"));

            // sign out: Hifazat's session and Keycloak's end together (RP-initiated logout)
            browser.findElement(By.cssSelector("form[action='/sign-out'] button"))
                    .click();
            try {
                wait.until(d -> d.getCurrentUrl().startsWith(app + "/?signed-out=1"));
            } catch (org.openqa.selenium.TimeoutException e) {
                Chromium.screenshot(browser, "keycloak-sign-out");
                throw new AssertionError("after sign-out the browser is at " + browser.getCurrentUrl() + ": "
                        + browser.findElement(By.tagName("body")).getText());
            }
            assertTrue(
                    browser.findElement(By.tagName("main")).getText().contains("You have signed out"),
                    "the front page says so");
            assertTrue(
                    browser.findElements(By.cssSelector("form[action='/sign-out']"))
                            .isEmpty(),
                    "signed out");
            Chromium.screenshot(browser, "keycloak-signed-out");

            // no silent sign-in: Keycloak's session is gone, so it asks for the password again
            browser.get(app + "/teacher");
            wait.until(d -> d.getCurrentUrl().startsWith(KeycloakTokens.realmUrl()));
            assertEquals(1, browser.findElements(By.id("password")).size(), "Keycloak asks for the password again");
        } finally {
            browser.quit();
        }
    }
}

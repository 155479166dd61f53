package org.hifazat.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.learning.Answers;
import org.hifazat.learning.PupilFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A pupil on a small phone screen (390 and 320 px wide): class code, name, pictures, a whole module and its quiz, to the badge. Once in
 * English and once in Urdu, and in English on to "Tell a teacher"; screenshots go to target/screenshots/.
 */
@QuarkusTest
@Tag("browser")
class PupilBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    CurriculumService curriculum;

    @Test
    void englishWalkThroughToTheBadge() {
        walk("en", "strangers-b", 390);
    }

    @Test
    void urduWalkThroughToTheBadge() {
        walk("ur", "cyberbullying-b", 320);
    }

    private void walk(String lang, String moduleId, int width) {
        Module module = curriculum
                .module(moduleId)
                .orElseGet(() -> curriculum.catalogue().modules().get(0));
        PupilFixture fixture = PupilFixture.withModule(4, module.id());
        ChromeDriver browser = Chromium.start(width, 800);
        try {
            browser.get(root + "language/" + lang + "?next=/");
            assertTrue(browser.findElement(By.tagName("html"))
                    .getAttribute("dir")
                    .equals("ur".equals(lang) ? "rtl" : "ltr"));
            Chromium.screenshot(browser, lang + "-01-front");
            assertNoSidewaysScroll(browser);
            go(browser, By.cssSelector("a[href='/class']"));
            browser.findElement(By.id("code")).sendKeys(fixture.classCode().toLowerCase());
            go(browser, By.cssSelector("form button[type=submit]"));
            Chromium.screenshot(browser, lang + "-02-names");
            go(browser, By.cssSelector("a.name"));
            browser.findElement(By.cssSelector("input[value=cat]")).click();
            browser.findElement(By.cssSelector("input[value=kite]")).click();
            Chromium.screenshot(browser, lang + "-03-pictures");
            go(browser, By.cssSelector("main form button[type=submit]"));
            assertTrue(browser.getCurrentUrl().endsWith("/pupil"), browser.getCurrentUrl());
            Chromium.screenshot(browser, lang + "-04-my-modules");

            go(browser, By.cssSelector("a[href='/pupil/modules/" + module.id() + "']"));
            Chromium.screenshot(browser, lang + "-05-overview");
            go(browser, By.cssSelector("main form button[type=submit]"));
            if (browser.getCurrentUrl().contains("/confidence/")) {
                browser.findElement(By.cssSelector("input[type=radio][value='3']"))
                        .click();
                go(browser, By.cssSelector("main form button[type=submit]"));
            }
            for (int n = 1; n <= module.steps().size(); n++) {
                assertTrue(browser.getCurrentUrl().endsWith("/steps/" + n), browser.getCurrentUrl());
                Chromium.screenshot(
                        browser,
                        lang + "-06-step-" + n + "-" + module.steps().get(n - 1).type());
                go(browser, By.cssSelector("form.actions button[type=submit]"));
            }
            go(browser, By.cssSelector("main form button[type=submit]"));
            for (int q = 1; q <= module.quiz().size(); q++) {
                QuizItem item = module.quiz().get(q - 1);
                fill(browser, Answers.right(item));
                if (q == 1) {
                    Chromium.screenshot(browser, lang + "-07-question");
                }
                go(browser, By.cssSelector("main form button[type=submit]"));
                if (q == 1) {
                    Chromium.screenshot(browser, lang + "-08-feedback");
                }
                go(browser, By.cssSelector("p.actions a.button"));
            }
            Chromium.screenshot(browser, lang + "-09-result");
            assertNoSidewaysScroll(browser);
            assertTrue(
                    browser.findElements(By.cssSelector("img[src='/img/badge.svg']"))
                                    .size()
                            > 0,
                    "badge shown");
            browser.get(root + "pupil");
            Chromium.screenshot(browser, lang + "-10-badge");
            assertTrue(browser.getPageSource().contains("/img/badge.svg"));
            if ("en".equals(lang)) {
                tellATeacher(browser);
            }
        } finally {
            browser.quit();
        }
    }

    /** From the header of any pupil page: tap what happened, add words, send, and see the thank-you page. */
    private static void tellATeacher(ChromeDriver browser) {
        go(browser, By.cssSelector("a.tell-link"));
        assertNoSidewaysScroll(browser);
        browser.findElement(By.cssSelector("input[name=category][value=stranger]"))
                .click();
        browser.findElement(By.id("words")).sendKeys("Someone in a game asked for my photo");
        Chromium.screenshot(browser, "en-11-tell");
        go(browser, By.cssSelector("form.tell button[type=submit]"));
        assertTrue(browser.getCurrentUrl().contains("/pupil/tell/thanks"), browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains("0800-39393"), "reporting routes shown");
        Chromium.screenshot(browser, "en-12-told");
        assertNoSidewaysScroll(browser);
    }

    /** Readable on a narrow phone: nothing wider than the screen. */
    private static void assertNoSidewaysScroll(ChromeDriver browser) {
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "page scrolls sideways by " + overflow + " px");
    }

    /** Clicks something that loads a new page and waits until the old page is gone. */
    private static void go(ChromeDriver browser, By target) {
        WebElement old = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // stale, or "node does not belong to the document": the old page has been replaced
                return true;
            }
        });
    }

    private static void fill(ChromeDriver browser, Map<String, List<String>> form) {
        form.forEach((name, values) -> {
            for (String value : values) {
                List<WebElement> inputs = browser.findElements(By.cssSelector("[name='" + name + "']"));
                WebElement first = inputs.get(0);
                if ("select".equals(first.getTagName())) {
                    new Select(first).selectByValue(value);
                } else {
                    browser.findElement(By.cssSelector("[name='" + name + "'][value='" + value + "']"))
                            .click();
                }
            }
        });
    }
}

package org.hifazat.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.learning.Answers;
import org.hifazat.learning.PupilFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo teacher assigns a module to a class of theirs, a pupil of the class completes it, and the teacher's grid
 * shows the pupil's mastery. Screenshots go to target/screenshots/.
 */
@QuarkusTest
@Tag("browser")
class TeacherDashboardBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    CurriculumService curriculum;

    @Test
    void theTeacherAssignsAPupilMastersTheGridShowsIt() {
        Module module = curriculum.catalogue().modules().stream()
                .filter(m -> m.audience() == Audience.PUPIL)
                .findFirst()
                .orElseThrow();
        PupilFixture fixture = PupilFixture.withModule(4, null);
        ChromeDriver browser = Chromium.start(1024, 800);
        try {
            signInTeacher(browser);
            browser.get(root + "classes/" + fixture.classId() + "/assignments");
            new Select(browser.findElement(By.id("module"))).selectByValue(module.id());
            Chromium.screenshot(browser, "teacher-01-assign");
            Chromium.go(browser, By.cssSelector("main form.stack button[type=submit]"));
            assertTrue(browser.getPageSource().contains("The module is assigned"), browser.getPageSource());
            Chromium.screenshot(browser, "teacher-02-assigned");

            browser.manage().deleteAllCookies();
            browser.get(root + "class/" + fixture.classCode() + "/" + fixture.pupilId());
            browser.findElement(By.cssSelector("input[value=cat]")).click();
            browser.findElement(By.cssSelector("input[value=kite]")).click();
            Chromium.go(browser, By.cssSelector("main form button[type=submit]"));
            browser.get(root + "pupil/modules/" + module.id());
            Chromium.go(browser, By.cssSelector("main form button[type=submit]"));
            if (browser.getCurrentUrl().contains("/confidence/")) {
                browser.findElements(By.cssSelector("input[type=radio][value='2']"))
                        .forEach(WebElement::click);
                Chromium.go(browser, By.cssSelector("main form button[type=submit]"));
            }
            for (int n = 1; n <= module.steps().size(); n++) {
                Chromium.go(browser, By.cssSelector("form.actions button[type=submit]"));
            }
            Chromium.go(browser, By.cssSelector("main form button[type=submit]"));
            for (QuizItem item : module.quiz()) {
                Chromium.fill(browser, Answers.right(item));
                Chromium.go(browser, By.cssSelector("main form button[type=submit]"));
                Chromium.go(browser, By.cssSelector("p.actions a.button"));
            }
            assertTrue(
                    browser.findElements(By.cssSelector("img[src='/img/badge.svg']"))
                                    .size()
                            > 0,
                    "badge");

            browser.manage().deleteAllCookies();
            signInTeacher(browser);
            browser.get(root + "classes/" + fixture.classId() + "/dashboard");
            Chromium.screenshot(browser, "teacher-03-dashboard");
            WebElement cell = browser.findElement(By.cssSelector("#grid tbody td.cell"));
            assertTrue(cell.getAttribute("class").contains("st-mastered"), cell.getAttribute("class"));
            assertTrue(cell.getText().contains("★") && cell.getText().contains("Mastered"), cell.getText());
            assertTrue(browser.findElement(By.cssSelector("#grid tbody td.score"))
                    .getText()
                    .equals("100"));

            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 700, "deviceScaleFactor", 1, "mobile", true));
            browser.navigate().refresh();
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Chromium.screenshot(browser, "teacher-04-dashboard-320");
            assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px");
        } finally {
            browser.quit();
        }
    }

    private void signInTeacher(ChromeDriver browser) {
        browser.get(root + "language/en?next=/sign-in");
        browser.findElement(By.id("username")).sendKeys("teacher");
        browser.findElement(By.id("password")).sendKeys("hifazat-demo");
        Chromium.go(browser, By.cssSelector("main form button[type=submit]"));
    }
}

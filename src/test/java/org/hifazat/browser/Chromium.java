package org.hifazat.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages (chromium, chromium-driver), started the way this closed network
 * needs: no sandbox as root, no background networking, a fresh profile.
 */
public final class Chromium {

    private Chromium() {}

    public static ChromeDriver start(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("hifazat-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("hifazat.chromium", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("hifazat.chromedriver", "/usr/bin/chromedriver"))
                            .toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            // a headless window has a minimum width; emulate the phone's screen to go narrower
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the page looks like now under target/screenshots/. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks something that loads a new page and waits until the old page is gone. */
    public static void go(ChromeDriver browser, By target) {
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

    /** Fills a quiz form as a pupil would: picks options, ticks boxes, chooses from lists. */
    public static void fill(ChromeDriver browser, Map<String, List<String>> form) {
        form.forEach((name, values) -> {
            for (String value : values) {
                WebElement first = browser.findElements(By.cssSelector("[name='" + name + "']"))
                        .get(0);
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

package org.eregistrations.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the journeys (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}): opens pages of the test server, types, clicks, waits and keeps numbered screenshots in
 * {@code target/e2e/}. Without the browser the journey is skipped, unless {@code -De2e.required=true}.
 */
final class Chromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "e2e");

    private final WebDriver driver;
    private final URL base;
    private final String prefix;
    private int shot;

    private Chromium(WebDriver driver, URL base, String prefix) {
        this.driver = driver;
        this.base = base;
        this.prefix = prefix;
    }

    /** Starts a browser on the test server at {@code base}; its screenshots are named {@code prefix-NN-step.png}. */
    static Chromium start(URL base, boolean javascript, String prefix) {
        boolean required = Boolean.getBoolean("e2e.required");
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (required) {
            assertThat(installed)
                    .as("chromium and chromium-driver are installed (.ci/run installs them)")
                    .isTrue();
        }
        Assumptions.assumeTrue(
                installed, "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--lang=en");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Chromium(driver, base, prefix);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base.toString() + path);
    }

    /** Logs in from the login page (a session of someone else ends first) and waits for the page {@code next}. */
    void login(String user, String password, String next) {
        driver.manage().deleteAllCookies();
        open("login?next=" + next);
        type("email", user);
        type("password", password);
        submit();
        waitFor(d -> d.getCurrentUrl().endsWith(next));
        loaded();
    }

    /** Waits until the page in the browser has loaded. */
    void loaded() {
        if (driver instanceof JavascriptExecutor js) {
            waitFor(d -> "complete".equals(js.executeScript("return document.readyState")));
        }
    }

    void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    void submit() {
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** Waits until no htmx request is in flight. */
    void settle() {
        if (driver instanceof JavascriptExecutor js) {
            waitFor(d -> Boolean.TRUE.equals(js.executeScript(
                    "return typeof htmx === 'undefined' || document.querySelector('.htmx-request') === null")));
        }
    }

    /** The page's text, read again if the page is replaced while it is read (a redirect still loading). */
    String text() {
        String[] text = new String[1];
        waitFor(d -> {
            text[0] = d.findElement(By.tagName("body")).getText();
            return true;
        });
        return text[0];
    }

    /**
     * Waits until the condition holds, asking again while htmx swaps the element being read: Chromium then answers
     * "stale element" or "node does not belong to the document", both transient. A condition that never holds still
     * fails after 10 s with the last answer as its cause.
     */
    void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(condition::apply);
    }

    void screenshot(String step) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(
                png.toPath(),
                SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++shot, step)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** A small PDF in a temporary file, for an upload field. */
    static File pdf() throws IOException {
        File file = File.createTempFile("document", ".pdf");
        file.deleteOnExit();
        Files.writeString(
                file.toPath(), "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", StandardCharsets.ISO_8859_1);
        return file;
    }
}

package org.eregistrations.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An investor in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}): registers, confirms the email from the development mail page, logs in and walks the company
 * registration from the guide to Send — once with JavaScript (the guide's costs and requirements change without a page
 * load) and once without (plain form posts). Screenshots of each step go to {@code target/e2e/}.
 */
@QuarkusTest
@Tag("e2e")
class InvestorJourneyTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "e2e");

    @TestHTTPResource("/")
    URL base;

    private WebDriver driver;
    private int shot;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void withJavaScript() throws IOException {
        journey(true);
    }

    @Test
    void withJavaScriptOff() throws IOException {
        journey(false);
    }

    private void journey(boolean javascript) throws IOException {
        start(javascript);
        String prefix = javascript ? "js" : "nojs";
        String email = "e2e-" + UUID.randomUUID() + "@example.com";

        // register, confirm the email from the mail the default run shows instead of sending, log in
        open("register");
        type("name", "Ana Pérez");
        type("email", email);
        type("password", "a good password");
        type("repeat", "a good password");
        screenshot(prefix, "register");
        submit();
        waitFor(d -> text().contains("We sent a link to " + email));
        open("dev/mail");
        screenshot(prefix, "mail");
        // the link points at the configured address of the site; the test server listens on a port of its own
        // (the newest confirmation link: other tests' file mails may sit on the page too)
        String link = driver.findElements(By.cssSelector("a.mail-link")).stream()
                .map(a -> a.getAttribute("href"))
                .filter(href -> href.contains("/confirm?token="))
                .findFirst()
                .orElseThrow();
        open(link.replaceFirst("^https?://[^/]+/", ""));
        waitFor(d -> text().contains("Your email is confirmed"));
        open("login");
        type("email", email);
        type("password", "a good password");
        submit();
        waitFor(d -> d.getCurrentUrl().endsWith("/files"));

        // the guide
        driver.findElement(By.id("start-company-registration")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/guide"));
        mark();
        new Select(driver.findElement(By.id("q-legalForm"))).selectByValue("sole");
        answer("q-capital", "1000");
        driver.findElement(By.cssSelector("input[name='guide.isImporter'][value='false']"))
                .click();
        driver.findElement(By.cssSelector("input[name='guide.hasEmployees'][value='false']"))
                .click();
        update(javascript);
        waitFor(d -> total().equals("$25.00"));
        assertThat(requirements()).doesNotContain("Electricity bill for the warehouse");
        screenshot(prefix, "guide");

        // an answer changes: the costs and the requirements follow
        answer("q-capital", "50000");
        update(javascript);
        waitFor(d -> total().equals("$100.00"));
        driver.findElement(By.cssSelector("input[name='guide.isImporter'][value='true']"))
                .click();
        update(javascript);
        waitFor(d -> !driver.findElements(By.id("reg-importerRegistry")).isEmpty());
        driver.findElement(By.id("reg-importerRegistry")).click();
        update(javascript);
        waitFor(d -> requirements().contains("Electricity bill for the warehouse"));
        waitFor(d -> total().equals("$115.00"));
        new Select(driver.findElement(By.id("r-identity"))).selectByValue("passport");
        update(javascript);
        waitFor(d ->
                d.findElement(By.cssSelector("#tabs li:first-child")).getText().contains("complete"));
        if (javascript) {
            assertThat(marked())
                    .as("the guide was updated without loading the page again")
                    .isTrue();
        }
        screenshot(prefix, "guide-changed");
        click("continue");

        // data forms
        waitFor(d -> d.getCurrentUrl().endsWith("/data"));
        for (Map.Entry<String, String> field : Map.of(
                        "f-companyName", "Pérez Imports",
                        "f-activity", "Wholesale of food",
                        "f-address", "Calle Arce 12, Santa Ana",
                        "f-firstName", "Ana",
                        "f-lastName", "Pérez",
                        "f-email", "ana@example.com",
                        "f-city", "Santa Ana")
                .entrySet()) {
            answer(field.getKey(), field.getValue());
            settle();
        }
        click("save");
        settle();
        waitFor(d -> text().contains("Ana Pérez"));
        screenshot(prefix, "data");
        click("continue");

        // documents and payments: one PDF per upload
        File pdf = pdf();
        for (String tab : List.of("documents", "payments")) {
            waitFor(d -> d.getCurrentUrl().contains("/" + tab));
            int uploads =
                    driver.findElements(By.cssSelector("input[type=file]")).size();
            for (int i = 0; i < uploads; i++) {
                WebElement input =
                        driver.findElements(By.cssSelector("input[type=file]")).get(i);
                String upload = input.getAttribute("id").substring("file-".length());
                input.sendKeys(pdf.getAbsolutePath());
                click("upload-" + upload);
                waitFor(d -> d.findElement(By.id("u-" + upload)).getText().contains("Uploaded:"));
            }
            screenshot(prefix, tab);
            click("continue");
        }

        // submission: Send is enabled once nothing is missing
        waitFor(d -> d.getCurrentUrl().endsWith("/send"));
        assertThat(driver.findElement(By.id("send")).isEnabled()).isFalse();
        new Select(driver.findElement(By.id("f-pickupOffice"))).selectByValue("santaAna");
        type("f-phone", "2222 3333");
        driver.findElement(By.id("affidavit-box")).click();
        click("save");
        waitFor(d -> !text().contains("Still missing before you can send"));
        screenshot(prefix, "send");
        assertThat(driver.findElement(By.id("send")).isEnabled()).isTrue();
        click("send");
        waitFor(d -> text().contains("Your file was sent"));
        screenshot(prefix, "sent");
        open("files");
        waitFor(d -> text().contains("Sent, being processed"));
    }

    private void start(boolean javascript) {
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
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    private void open(String path) {
        driver.get(base.toString() + path);
    }

    private void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Types an answer and leaves the field, which is when the browser reports the change. */
    private void answer(String id, String value) {
        type(id, value);
        driver.findElement(By.id(id)).sendKeys(Keys.TAB);
    }

    private void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    private void submit() {
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** With JavaScript the page updates itself; without, the investor presses Update (a plain form post). */
    private void update(boolean javascript) {
        if (javascript) {
            settle();
        } else {
            click("update");
        }
    }

    /** Waits until no htmx request is in flight. */
    private void settle() {
        if (driver instanceof JavascriptExecutor js) {
            waitFor(d -> Boolean.TRUE.equals(js.executeScript(
                    "return typeof htmx === 'undefined' || document.querySelector('.htmx-request') === null")));
        }
    }

    private void mark() {
        ((JavascriptExecutor) driver).executeScript("window.__sameDocument = true;");
    }

    private boolean marked() {
        return Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return window.__sameDocument === true"));
    }

    private String total() {
        return driver.findElement(By.id("total")).getText();
    }

    private String requirements() {
        return driver.findElement(By.id("requirements")).getText();
    }

    private String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits until the condition holds, asking again while htmx swaps the element being read: Chromium then answers
     * "stale element" or "node does not belong to the document", both transient. A condition that never holds still
     * fails after 10 s with the last answer as its cause.
     */
    private void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(condition::apply);
    }

    private void screenshot(String prefix, String step) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(
                png.toPath(),
                SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++shot, step)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static File pdf() throws IOException {
        File file = File.createTempFile("document", ".pdf");
        Files.writeString(
                file.toPath(), "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.ISO_8859_1);
        return file;
    }
}

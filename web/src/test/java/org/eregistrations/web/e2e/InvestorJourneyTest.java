package org.eregistrations.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An investor in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}): registers, confirms the email from the development mail page, logs in and walks the company
 * registration from the guide to Send — once with JavaScript (the guide's costs and requirements change without a page
 * load) and once without (plain form posts). Screenshots of each step go to {@code target/e2e/}.
 */
@QuarkusTest
@Tag("e2e")
class InvestorJourneyTest {
    @TestHTTPResource("/")
    URL base;

    private Chromium browser;
    private WebDriver driver;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.close();
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
        browser = Chromium.start(base, javascript, javascript ? "js" : "nojs");
        driver = browser.driver();
        String email = "e2e-" + UUID.randomUUID() + "@example.com";

        // register, confirm the email from the mail the default run shows instead of sending, log in
        browser.open("register");
        browser.type("name", "Ana Pérez");
        browser.type("email", email);
        browser.type("password", "a good password");
        browser.type("repeat", "a good password");
        browser.screenshot("register");
        browser.submit();
        browser.waitFor(d -> browser.text().contains("We sent a link to " + email));
        browser.open("dev/mail");
        browser.screenshot("mail");
        // the link points at the configured address of the site; the test server listens on a port of its own
        // (the newest confirmation link: other tests' file mails may sit on the page too)
        String link = driver.findElements(By.cssSelector("a.mail-link")).stream()
                .map(a -> a.getAttribute("href"))
                .filter(href -> href.contains("/confirm?token="))
                .findFirst()
                .orElseThrow();
        browser.open(link.replaceFirst("^https?://[^/]+/", ""));
        browser.waitFor(d -> browser.text().contains("Your email is confirmed"));
        browser.open("login");
        browser.type("email", email);
        browser.type("password", "a good password");
        browser.submit();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/files"));

        // the guide
        driver.findElement(By.id("start-company-registration")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/guide"));
        mark();
        new Select(driver.findElement(By.id("q-legalForm"))).selectByValue("sole");
        answer("q-capital", "1000");
        driver.findElement(By.cssSelector("input[name='guide.isImporter'][value='false']"))
                .click();
        driver.findElement(By.cssSelector("input[name='guide.hasEmployees'][value='false']"))
                .click();
        update(javascript);
        browser.waitFor(d -> total().equals("$25.00"));
        assertThat(requirements()).doesNotContain("Electricity bill for the warehouse");
        browser.screenshot("guide");

        // an answer changes: the costs and the requirements follow
        answer("q-capital", "50000");
        update(javascript);
        browser.waitFor(d -> total().equals("$100.00"));
        driver.findElement(By.cssSelector("input[name='guide.isImporter'][value='true']"))
                .click();
        update(javascript);
        browser.waitFor(d -> !driver.findElements(By.id("reg-importerRegistry")).isEmpty());
        driver.findElement(By.id("reg-importerRegistry")).click();
        update(javascript);
        browser.waitFor(d -> requirements().contains("Electricity bill for the warehouse"));
        browser.waitFor(d -> total().equals("$115.00"));
        new Select(driver.findElement(By.id("r-identity"))).selectByValue("passport");
        update(javascript);
        browser.waitFor(d ->
                d.findElement(By.cssSelector("#tabs li:first-child")).getText().contains("complete"));
        if (javascript) {
            assertThat(marked())
                    .as("the guide was updated without loading the page again")
                    .isTrue();
        }
        browser.screenshot("guide-changed");
        browser.click("continue");

        // data forms
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/data"));
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
            browser.settle();
        }
        browser.click("save");
        browser.settle();
        browser.waitFor(d -> browser.text().contains("Ana Pérez"));
        browser.screenshot("data");
        browser.click("continue");

        // documents and payments: one PDF per upload
        File pdf = Chromium.pdf();
        for (String tab : List.of("documents", "payments")) {
            browser.waitFor(d -> d.getCurrentUrl().contains("/" + tab));
            int uploads =
                    driver.findElements(By.cssSelector("input[type=file]")).size();
            for (int i = 0; i < uploads; i++) {
                WebElement input =
                        driver.findElements(By.cssSelector("input[type=file]")).get(i);
                String upload = input.getAttribute("id").substring("file-".length());
                input.sendKeys(pdf.getAbsolutePath());
                browser.click("upload-" + upload);
                browser.waitFor(
                        d -> d.findElement(By.id("u-" + upload)).getText().contains("Uploaded:"));
            }
            browser.screenshot(tab);
            browser.click("continue");
        }

        // submission: Send is enabled once nothing is missing
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/send"));
        assertThat(driver.findElement(By.id("send")).isEnabled()).isFalse();
        new Select(driver.findElement(By.id("f-pickupOffice"))).selectByValue("santaAna");
        browser.type("f-phone", "2222 3333");
        driver.findElement(By.id("affidavit-box")).click();
        browser.click("save");
        browser.waitFor(d -> !browser.text().contains("Still missing before you can send"));
        browser.screenshot("send");
        assertThat(driver.findElement(By.id("send")).isEnabled()).isTrue();
        browser.click("send");
        browser.waitFor(d -> browser.text().contains("Your file was sent"));
        browser.screenshot("sent");
        browser.open("files");
        browser.waitFor(d -> browser.text().contains("Sent, being processed"));
    }

    /** Types an answer and leaves the field, which is when the browser reports the change. */
    private void answer(String id, String value) {
        browser.type(id, value);
        driver.findElement(By.id(id)).sendKeys(Keys.TAB);
    }

    /** With JavaScript the page updates itself; without, the investor presses Update (a plain form post). */
    private void update(boolean javascript) {
        if (javascript) {
            browser.settle();
        } else {
            browser.click("update");
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
}

package org.eregistrations.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The officer {@code clerk} in a real headless Chromium works a company registration that {@code ana} sent (set up
 * through the API): takes it at the front desk revision, sends it back for an illegible utility bill, which she
 * uploads again; then approves every step, the certificates are issued, and she downloads hers and verifies it on the
 * public page. A shorter run without JavaScript approves the revision with plain form posts. Screenshots go to
 * {@code target/e2e/}.
 */
@QuarkusTest
@Tag("e2e")
class OfficerJourneyTest {
    private static final String UTILITY_BILL = "documents.utilityBill";
    private static final String ILLEGIBLE = "The scan of the bill cannot be read";

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
    void fileSentBackForOneDocumentIsCorrectedApprovedAndVerified() throws IOException {
        String file = FileApi.sentCompanyRegistration("ana");
        start(true, "officer");

        // the clerk finds the file in the revision queue, takes it and sends it back for the utility bill
        browser.login("clerk", "clerk", "/work");
        driver.findElement(By.xpath("//tr[td[normalize-space()='Register a company']]"
                        + "//a[normalize-space()='Front desk revision']"))
                .click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/work/company-registration/revision"));
        new Select(driver.findElement(By.id("queue-sort"))).selectByValue("sent");
        driver.findElement(By.cssSelector("form.queue-search button[type=submit]"))
                .click();
        browser.waitFor(d -> d.getCurrentUrl().contains("sort=sent"));
        browser.screenshot("queue");
        driver.findElement(By.cssSelector("a[href$='/work/files/" + file + "']"))
                .click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/work/files/" + file));
        String number = driver.findElement(By.cssSelector("h1 .file-number")).getText();
        take("revision");
        assertThat(step("revision").getText()).contains("clerk");
        markAllValid("revision");
        step("revision")
                .findElement(By.cssSelector("input[name='status." + UTILITY_BILL + "'][value=invalid]"))
                .click();
        new Select(driver.findElement(By.name("reasonType." + UTILITY_BILL))).selectByValue("illegible");
        driver.findElement(By.name("reason." + UTILITY_BILL)).sendKeys(ILLEGIBLE);
        browser.screenshot("review");
        saveReview("revision");
        assertThat(step("revision").findElement(By.name("decision")).getAttribute("value"))
                .as("with an invalid item the only way on is to send the file back")
                .isEqualTo("sendBack");
        decide("revision", "sendBack", "Please upload a readable utility bill.");
        browser.waitFor(d -> d.getCurrentUrl().contains("/work/company-registration/revision"));

        // ana reads what to correct, uploads the bill again (the only upload offered) and sends the file again
        browser.login("ana", "ana", "/files/" + file);
        browser.waitFor(d -> browser.text().contains("What to correct"));
        assertThat(driver.findElement(By.cssSelector("ul.corrections")).getText())
                .contains("Utility bill for the business address")
                .contains(ILLEGIBLE);
        browser.screenshot("what-to-correct");
        browser.open("files/" + file + "/documents");
        List<WebElement> inputs = driver.findElements(By.cssSelector("input[type=file]"));
        assertThat(inputs).extracting(input -> input.getAttribute("id")).containsExactly("file-utilityBill");
        assertThat(driver.findElement(By.id("u-utilityBill")).getText()).contains(ILLEGIBLE);
        inputs.get(0).sendKeys(Chromium.pdf().getAbsolutePath());
        browser.click("upload-utilityBill");
        browser.waitFor(d -> d.findElement(By.id("u-utilityBill")).getText().contains("Uploaded:"));
        browser.screenshot("corrected");
        browser.open("files/" + file + "/send");
        if (!driver.findElement(By.id("affidavit-box")).isSelected()) {
            browser.click("affidavit-box");
            browser.click("save");
            browser.waitFor(d -> d.findElement(By.id("affidavit-box")).isSelected());
        }
        assertThat(driver.findElement(By.id("send")).getText()).isEqualTo("Send the file again");
        browser.click("send");
        browser.waitFor(d -> browser.text().contains("Your file was sent"));
        browser.screenshot("sent-again");

        // the clerk finds the bill valid and approves every step; registry and tax wait at the same time
        browser.login("clerk", "clerk", "/work/files/" + file);
        take("revision");
        step("revision")
                .findElement(By.cssSelector("input[name='status." + UTILITY_BILL + "'][value=valid]"))
                .click();
        saveReview("revision");
        decide("revision", "approve", null);
        browser.open("work/files/" + file);
        assertThat(step("registry").findElements(By.cssSelector("form.decide"))).hasSize(1);
        assertThat(step("tax").findElements(By.cssSelector("form.decide"))).hasSize(1);
        browser.type("f-registry-deedEntry", "Book 12, entry 345");
        browser.screenshot("registry");
        decide("registry", "approve", null);
        browser.open("work/files/" + file);
        decide("tax", "approve", null);
        browser.open("work/files/" + file);
        assertThat(driver.findElement(By.id("certificates")).getText())
                .containsPattern("Certificate of registration .*RC-\\d{4}-\\d{6}")
                .containsPattern("NIT card .*NIT-\\d{4}-\\d{6}");
        List<WebElement> checklist =
                step("issuance").findElements(By.cssSelector("form.decide input[type=checkbox][name^='field.']"));
        assertThat(checklist)
                .extracting(box -> box.getAttribute("name"))
                .anyMatch(name -> name.startsWith("field.original-"))
                .anyMatch(name -> name.startsWith("field.handedOver-"));
        checklist.forEach(WebElement::click);
        browser.screenshot("issuance");
        decide("issuance", "approve", null);
        browser.open("work/files/" + file);
        assertThat(driver.findElement(By.cssSelector("p span.status")).getText())
                .isEqualTo("Approved");
        browser.screenshot("approved");

        // ana downloads her certificate and checks it on the public verification page
        browser.login("ana", "ana", "/files/" + file);
        assertThat(browser.text()).contains("Your file was approved");
        WebElement certificate = driver.findElement(By.id("cert-companyRegistration"));
        assertThat(certificate.getText()).isEqualTo("Certificate of registration");
        assertThat(download(certificate.getAttribute("href"))).startsWith("application/pdf %PDF-");
        String certificateNumber = driver.findElement(By.xpath("//a[@id='cert-companyRegistration']/.."))
                .findElement(By.className("cert-number"))
                .getText();
        browser.screenshot("certificates");
        String code = FileApi.as("clerk")
                .get("/api/files/" + file)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("values.'certificates.companyRegistration'.code");
        browser.open("verify/" + code);
        assertThat(driver.findElement(By.id("verify-name")).getText()).isEqualTo("Certificate of registration");
        assertThat(driver.findElement(By.id("verify-number")).getText()).isEqualTo(certificateNumber);
        assertThat(driver.findElement(By.id("verify-holder")).getText()).isEqualTo("Café Pérez");
        browser.screenshot("verified");

        // the mails she was sent (by the outbox, shortly after each decision), as the development mail page shows them
        browser.waitFor(d -> {
            browser.open("dev/mail");
            return browser.text().contains("File " + number + " approved: certificates ready");
        });
        assertThat(browser.text())
                .containsPattern("File " + number + " sent back for corrections\\s+Hello,\\s+your file " + number
                        + " was sent back for corrections at step Front desk revision\\.\\s+"
                        + "Reason: Please upload a readable utility bill\\.\\s+"
                        + "- Utility bill for the business address: Illegible — " + ILLEGIBLE);
        browser.screenshot("mails");
    }

    @Test
    void revisionApprovedWithJavaScriptOff() throws IOException {
        String file = FileApi.sentCompanyRegistration("ana");
        start(false, "officer-nojs");
        browser.login("clerk", "clerk", "/work/files/" + file);
        take("revision");
        markAllValid("revision");
        saveReview("revision");
        browser.screenshot("review");
        decide("revision", "approve", null);
        browser.waitFor(d -> d.getCurrentUrl().contains("/work/company-registration/revision"));
        browser.open("work/files/" + file);
        assertThat(step("revision").getText()).contains("approved");
        assertThat(step("registry").findElements(By.cssSelector("form.decide"))).hasSize(1);
        assertThat(step("tax").findElements(By.cssSelector("form.decide"))).hasSize(1);
        browser.screenshot("approved");
    }

    private void start(boolean javascript, String prefix) {
        browser = Chromium.start(base, javascript, prefix);
        driver = browser.driver();
    }

    private WebElement step(String step) {
        return driver.findElement(By.id("step-" + step));
    }

    /** Takes the file at an assignable step, unless it is already the officer's. */
    private void take(String step) {
        List<WebElement> take = step(step).findElements(By.cssSelector("form.take button"));
        if (!take.isEmpty()) {
            take.get(0).click();
            browser.waitFor(
                    d -> step(step).findElements(By.cssSelector("form.take")).isEmpty());
        }
    }

    private void markAllValid(String step) {
        step(step)
                .findElements(By.cssSelector("form.revision input[type=radio][value=valid]"))
                .forEach(WebElement::click);
    }

    private void saveReview(String step) {
        step(step)
                .findElement(By.cssSelector("form.revision button[type=submit]"))
                .click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("#step-" + step));
        assertThat(driver.findElements(By.cssSelector("[role=alert]"))).isEmpty();
    }

    /** Records a decision at a step, with a reason if given, and waits for the step's queue. */
    private void decide(String step, String decision, String reason) {
        WebElement form = step(step).findElement(By.cssSelector("form.decide"));
        form.findElement(By.cssSelector("input[name=decision][value=" + decision + "]"))
                .click();
        if (reason != null) {
            form.findElement(By.name("reason")).sendKeys(reason);
        }
        form.findElement(By.cssSelector("button.primary")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/work/company-registration/" + step));
    }

    /** What the browser gets at a link: its media type and the first characters. */
    private String download(String href) {
        Object answer = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        """
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.text().then(t => done(r.headers.get('content-type')
                            + ' ' + t.substring(0, 8))));""",
                        href);
        return String.valueOf(answer);
    }
}

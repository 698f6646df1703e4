package org.eregistrations.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.testing.FileApi;
import org.eregistrations.web.testing.TestBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The configurator in a real headless Chromium changes a live service: uploads a changed bundle whose scenario fails
 * and reads what it expected and what was derived, uploads the fix to check it, compares it with the active version,
 * tries its guide, activates it, migrates a sent file after its preview, and brings a draft back to an earlier moment
 * from its history. Screenshots go to {@code target/e2e/configurator-*.png}.
 */
@QuarkusTest
@Tag("e2e")
class ConfiguratorJourneyTest {
    private static final String SERVICE = "journey-permit";
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void aChangedBundleIsFixedComparedTriedActivatedAndFilesFollow() throws Exception {
        TestBundle.version1(SERVICE).upload();
        String sent = FileApi.create("ana", SERVICE);
        FileApi.change(
                        "ana",
                        sent,
                        0,
                        JSON.writeValueAsString(
                                Map.of("guide.isImporter", false, "submissionForms.isAffidavitSigned", true)))
                .statusCode(200);
        FileApi.post("ana", sent, "send", null).statusCode(200);
        String draft = FileApi.create("ana", SERVICE);
        FileApi.change("ana", draft, 0, JSON.writeValueAsString(Map.of("guide.isImporter", true)))
                .statusCode(200);
        FileApi.change("ana", draft, 1, JSON.writeValueAsString(Map.of("guide.isImporter", false)))
                .statusCode(200);

        browser = Chromium.start(base, true, "configurator");
        driver = browser.driver();
        browser.login("configurator", "configurator", "/configure");
        assertThat(browser.text()).contains("Permit", SERVICE);

        // a changed bundle whose scenario still expects the old requirements is refused, and says why
        TestBundle wrong = TestBundle.version2(SERVICE)
                .with("scenarios/fee.yaml", TestBundle.version1(SERVICE).text("scenarios/fee.yaml"));
        upload(wrong);
        browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("Refused"));
        assertThat(driver.findElement(By.cssSelector("td.expected")).getText()).isEqualTo("[identity]");
        assertThat(driver.findElement(By.cssSelector("td.derived")).getText()).startsWith("[identity, proofOfAddress]");
        browser.screenshot("refused");

        // the fix passes and waits to be tried
        upload(TestBundle.version2(SERVICE));
        browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("Passed, not active"));
        browser.screenshot("passed");

        // its differences with the active version
        browser.open("configure/services/" + SERVICE);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/diff?"));
        assertThat(browser.text()).contains("inspection", "requirements: [identity, proofOfAddress]");
        browser.screenshot("diff");

        // tried before it goes live
        browser.open("configure/services/" + SERVICE);
        driver.findElement(By.cssSelector("tr.version:first-child a[href*='/configure/try/']"))
                .click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/configure/try/"));
        new Select(driver.findElement(By.id("q-isImporter"))).selectByValue("true");
        driver.findElement(By.cssSelector("input[name=r][value=permit]")).click();
        driver.findElement(By.cssSelector(".try form button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("isImporter=true"));
        assertThat(driver.findElement(By.cssSelector("td.amount.total")).getText())
                .isEqualTo("10");
        assertThat(driver.findElement(By.cssSelector("dd[data-set='requirements.applicable']"))
                        .getText())
                .contains("Identity", "Proof of address");
        browser.screenshot("try");

        // activated after a confirmation
        browser.open("configure/services/" + SERVICE);
        driver.findElement(By.cssSelector("tr.version:first-child a[href$='/activate']"))
                .click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/activate"));
        driver.findElement(By.name("confirm")).click();
        browser.submit();
        browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("Activated"));
        browser.screenshot("activated");

        // the sent file moves after its preview
        browser.open("configure/migration/" + SERVICE);
        WebElement candidate = driver.findElement(By.cssSelector("tr.candidate[data-file='" + sent + "']"));
        assertThat(candidate.getText()).contains("proofOfAddress");
        candidate.findElement(By.name("file")).click();
        browser.screenshot("migration-preview");
        driver.findElement(By.xpath("//button[normalize-space()='Move the chosen files']"))
                .click();
        browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("The run has ended"));
        assertThat(browser.text()).contains("1 moved, 0 not moved, of 1");
        browser.screenshot("migrated");

        // the draft, seen at its first answer and brought back to it
        browser.open("configure/files");
        browser.type("file-q", draft);
        browser.submit();
        browser.waitFor(d -> d.getCurrentUrl().contains("/configure/files/" + SERVICE + "/" + draft));
        List<WebElement> moments = driver.findElements(By.cssSelector("table.history tbody tr td:first-child a"));
        moments.get(moments.size() - 1).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/at?moment="));
        assertThat(browser.text()).contains("guide.isImporter true");
        browser.screenshot("at-moment");
        driver.findElement(By.linkText("Restore to this moment")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/restore?moment="));
        driver.findElement(By.name("confirm")).click();
        browser.submit();
        browser.waitFor(d -> d.getCurrentUrl().contains("done=restored"));
        assertThat(browser.text()).contains("The file was restored");
        browser.screenshot("restored");
        assertThat(FileApi.as("ana").get("/api/files/" + draft).jsonPath().getBoolean("values.'guide.isImporter'"))
                .isTrue();
    }

    private void upload(TestBundle bundle) throws IOException {
        File zip = File.createTempFile("bundle", ".zip");
        zip.deleteOnExit();
        Files.write(zip.toPath(), bundle.zip());
        browser.open("configure/attempts");
        driver.findElement(By.id("bundle")).sendKeys(zip.getAbsolutePath());
        browser.submit();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/configure/attempts/[0-9a-f-]{36}$"));
    }
}

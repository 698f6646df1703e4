package org.eregistrations.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eregistrations.web.account.Mails;
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
 * The back office in a real headless Chromium: the administrator invites a licensing officer, who chooses a password
 * through the mailed link and approves the review of a trader licence; the supervisor sees the file waiting at its
 * approval and gives another file's revision to another officer; the statistics page charts the officer's decision and
 * its CSV holds the right row. Screenshots go to {@code target/e2e/backoffice-*.png}.
 */
@QuarkusTest
@Tag("e2e")
class BackOfficeJourneyTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    Mails mails;

    private Chromium browser;
    private WebDriver driver;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anInvitedOfficerWorksAFileTheSupervisorReassignsAnotherAndStatisticsCountIt() throws IOException {
        String licence = FileApi.sentTraderLicence("ana");
        String registration = FileApi.sentCompanyRegistration("ana");
        browser = Chromium.start(base, true, "backoffice");
        driver = browser.driver();

        // the administrator invites a licensing officer of the trade office
        String email = "bo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        browser.login("admin", "admin", "/admin/users/new");
        browser.type("email", email);
        browser.type("name", "Olga Officer");
        driver.findElement(By.cssSelector("input[name=roles][value=licensingOfficer]"))
                .click();
        new Select(driver.findElement(By.id("institution"))).selectByValue("trade");
        browser.screenshot("invite");
        driver.findElement(By.cssSelector("main form button.primary")).click();
        browser.waitFor(d -> browser.text().contains("The account was created and the invitation sent."));

        // she chooses her password through the mailed link, logs in and approves the licence's review
        String link = mails.recent().stream()
                .filter(mail -> mail.to().equals(email))
                .findFirst()
                .orElseThrow()
                .link()
                .replaceFirst("^https?://[^/]+/", "");
        driver.manage().deleteAllCookies();
        browser.open(link);
        browser.type("password", "a good password");
        browser.type("repeat", "a good password");
        browser.screenshot("password");
        browser.submit();
        browser.waitFor(
                d -> !d.findElements(By.cssSelector("a[href^='/login']")).isEmpty());
        browser.login(email, "a good password", "/work/files/" + licence);
        WebElement form = driver.findElement(By.cssSelector("#step-review form.decide"));
        form.findElement(By.cssSelector("input[name=decision][value=approve]")).click();
        browser.screenshot("officer");
        form.findElement(By.cssSelector("button.primary")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/work/trader-licence/review"));

        // the supervisor sees the licence waiting at its approval, and gives the registration's revision to another
        browser.login("supervisor", "supervisor", "/supervise?step=approval");
        assertThat(driver.findElements(By.cssSelector("a[href='/work/files/" + licence + "#step-approval']")))
                .hasSize(1);
        browser.screenshot("waiting");
        browser.open("work/files/" + registration);
        Select officers = new Select(driver.findElement(By.id("assign-revision")));
        String before = officers.getFirstSelectedOption().getAttribute("value");
        String other = officers.getOptions().stream()
                .map(option -> option.getAttribute("value"))
                .filter(officer -> !officer.equals(before))
                .findFirst()
                .orElseThrow();
        officers.selectByValue(other);
        driver.findElement(By.cssSelector("#step-revision form.assign button")).click();
        browser.waitFor(d -> d.findElement(By.cssSelector("#step-revision p.assignee"))
                .getText()
                .contains(other));
        browser.screenshot("reassigned");

        // the statistics show her approval in the chart of officers, and its CSV has her row
        String officer = URLEncoder.encode(email, StandardCharsets.UTF_8);
        browser.login("statistics", "statistics", "/statistics");
        browser.open("statistics?group=day&officer=" + officer);
        WebElement chart = driver.findElement(By.cssSelector("#officers svg.chart"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getText()).contains(email, "1");
        browser.screenshot("statistics");
        List<String> csv = download(driver.findElement(By.cssSelector("#officers a[href*='officers.csv']"))
                        .getAttribute("href"))
                .lines()
                .toList();
        assertThat(csv).hasSize(2);
        assertThat(csv.get(0)).startsWith("Officer,Approvals,Sent back,Rejections,Pauses,Steps decided");
        assertThat(csv.get(1)).startsWith(email + ",1,0,0,0,1,");
    }

    /** The text the browser gets at a link (with its session). */
    private String download(String href) {
        return String.valueOf(((JavascriptExecutor) driver)
                .executeAsyncScript(
                        """
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.text()).then(done);""",
                        href));
    }
}

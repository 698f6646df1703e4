package org.eregistrations.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/**
 * The statistics as their readers see them: tables with their charts, CSV and PDF exports of the files an officer
 * decided; a supervisor of one institution sees its steps only; nobody else sees the page, and no input breaks it.
 */
@QuarkusTest
class StatisticsPageTest {
    @Inject
    Accounts accounts;

    private final String officer = "st-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anOfficersDecisionsAreCountedChartedAndExported() {
        FileApi.officer(accounts, officer, "trade", "licensingOfficer", "licensingManager");
        for (int i = 0; i < 2; i++) {
            String file = FileApi.sentTraderLicence("ana");
            FileApi.decide(officer, file, "steps/review/approve", null).statusCode(200);
            FileApi.decide(officer, file, "steps/approval/approve", null).statusCode(200);
        }
        String rejected = FileApi.sentTraderLicence("ana");
        FileApi.decide(officer, rejected, "steps/review/reject", "=HYPERLINK(\"http://evil\"),1")
                .statusCode(200);
        Browser statistics = new Browser().login("statistics", "statistics");

        String page = statistics.get("/statistics?group=day&officer=" + officer).asString();
        assertThat(page)
                .contains("href=\"/statistics\"") // the menu
                .contains("<svg", "role=\"img\"", "<title id=\"chart-officers-title\">")
                .contains("Decisions and processing time per officer", ">" + officer + "<")
                .contains("Files over time — whole files: the step and officer filters do not apply");
        assertThat(statistics.get("/statistics?group=day").asString())
                .contains("Files over time")
                .doesNotContain("whole files");

        Response csv = statistics.get("/statistics/officers.csv?officer=" + officer);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment").contains("statistics-officers-");
        List<String> lines = csv.asString().lines().toList();
        assertThat(lines.get(0)).startsWith("Officer,Approvals,Sent back,Rejections,Pauses,Steps decided,Median");
        // four approvals and one rejection; the five decided steps have their processing times
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(officer + ",4,0,1,0,5,");

        assertThat(statistics
                        .get("/statistics/certificates.csv?officer=" + officer)
                        .asString())
                .contains("Trader licence,Trader licence,2");
        assertThat(statistics
                        .get("/statistics/rejections.csv?officer=" + officer)
                        .asString())
                .contains("\"'=HYPERLINK(\"\"http://evil\"\"),1\",1"); // a formula is text in a spreadsheet

        Response pdf = statistics.get("/statistics/report.pdf?officer=" + officer);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.asByteArray(), 0, 5)).isEqualTo("%PDF-");

        assertThat(statistics.get("/statistics?lang=es").asString())
                .contains("Estadísticas", "Expedientes en el tiempo");
    }

    @Test
    void aSupervisorOfOneInstitutionSeesItsStepsOnly() {
        String registry = "st-registry-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createConfirmed(
                registry,
                registry + "@example.com",
                registry,
                BCrypt.withDefaults().hashToString(4, registry.toCharArray()),
                List.of("supervisor"),
                "registry",
                false);
        Browser supervisor = new Browser().login(registry, registry);
        String page = supervisor.get("/statistics").asString();
        assertThat(page).contains("Figures of the steps of registry only.").doesNotContain("Trader licence");
        assertThat(supervisor.get("/statistics/steps.csv").asString())
                .contains("registry")
                .doesNotContain(",trade,");
        assertThat(supervisor.get("/statistics/accounts.csv").statusCode()).isEqualTo(404); // everyone's, not theirs
        assertThat(new Browser()
                        .login("supervisor", "supervisor")
                        .get("/statistics/accounts.csv")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void nobodyElseSeesTheStatistics() {
        for (String user : List.of("clerk", "ana", "admin", "configurator")) {
            Browser browser = new Browser().login(user, user);
            assertThat(browser.get("/statistics").statusCode()).as(user).isEqualTo(404);
            assertThat(browser.get("/statistics/steps.csv").statusCode())
                    .as(user)
                    .isEqualTo(404);
            assertThat(browser.get("/statistics/report.pdf").statusCode())
                    .as(user)
                    .isEqualTo(404);
            assertThat(browser.get("/work").asString()).as(user).doesNotContain("href=\"/statistics\"");
        }
        Response anonymous = new Browser().get("/statistics/steps.csv");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.header("Location")).startsWith("/login");
        // a supervisor does not administer users
        assertThat(new Browser()
                        .login("supervisor", "supervisor")
                        .get("/admin/users")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anyQueryFallsBackToWhatItCanUnderstand() {
        Browser statistics = new Browser().login("statistics", "statistics");
        for (String query : List.of(
                "from=yesterday&to=2026-13-45&group=%3Cx%3E",
                "from=2030-01-01&to=1990-01-01&group=day",
                "service=%27%20or%201%3D1--&step=%00&certificate=%E2%80%AE&officer=%3Cscript%3Ealert(1)%3C/script%3E",
                "from=0001-01-01&to=9999-12-31&group=week&officer=" + "x".repeat(300))) {
            Response page = statistics.get("/statistics?" + query);
            assertThat(page.statusCode()).as(query).isEqualTo(200);
            assertThat(page.asString()).as(query).doesNotContain("<script>alert(1)");
            assertThat(statistics.get("/statistics/over-time.csv?" + query).statusCode())
                    .as(query)
                    .isEqualTo(200);
        }
        assertThat(statistics.get("/statistics/nothing.csv").statusCode()).isEqualTo(404);
    }
}

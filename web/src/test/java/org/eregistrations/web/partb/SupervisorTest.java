package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.officer;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A supervisor reads the queues and files at the steps of their institution and gives a file to another officer of
 * the step's role; they never decide, and see nothing of other institutions.
 */
@QuarkusTest
class SupervisorTest {
    private static final String SUPERVISOR = "sv-registry";
    private static final String ELSEWHERE = "sv-municipal";
    private static final String DESK = "sv-desk";

    @Inject
    Accounts accounts;

    @BeforeEach
    void accounts() {
        supervisor(SUPERVISOR, "registry");
        supervisor(ELSEWHERE, "municipality");
        officer(accounts, DESK, "registry", "frontDesk");
    }

    @Test
    void aSupervisorReadsAndReassignsTheStepsOfTheirInstitutionButNeverDecides() {
        String file = FileApi.sentCompanyRegistration("ana");
        Browser supervisor = new Browser().login(SUPERVISOR, SUPERVISOR);
        assertThat(supervisor.get("/work").asString())
                .contains("href=\"/work/company-registration/revision\"")
                .doesNotContain("href=\"/work/company-registration/tax\""); // the finance ministry's
        assertThat(supervisor
                        .get("/work/company-registration/revision?tab=all&page=1000")
                        .statusCode())
                .isEqualTo(200);
        assertThat(supervisor.get("/work/company-registration/tax").statusCode())
                .isEqualTo(404);

        String review = supervisor.get("/work/files/" + file).asString();
        assertThat(review)
                .contains("action=\"/work/files/" + file + "/steps/revision/assign\"")
                .contains("<option value=\"" + DESK + "\"")
                .doesNotContain(
                        "action=\"/work/files/" + file + "/steps/revision\"",
                        "action=\"/work/files/" + file + "/steps/revision/take\"",
                        "action=\"/work/files/" + file + "/steps/revision/review\"");
        assertThat(supervisor
                        .post(
                                "/work/files/" + file + "/steps/revision",
                                Map.of("decision", "approve", "version", Browser.formVersion(review)))
                        .statusCode())
                .isIn(403, 404);
        FileApi.as(SUPERVISOR)
                .contentType("application/json")
                .body(Map.of("expectedVersion", FileApi.version(SUPERVISOR, file)))
                .post("/api/files/" + file + "/steps/revision/approve")
                .then()
                .statusCode(403);

        assertThat(supervisor
                        .post(
                                "/work/files/" + file + "/steps/revision/assign",
                                Map.of("officer", DESK, "version", Browser.formVersion(review)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(FileApi.as("clerk")
                        .get("/api/files/" + file)
                        .jsonPath()
                        .getString("values.'steps.revision.assignee'"))
                .isEqualTo(DESK);
    }

    @Test
    void aSupervisorOfAnotherInstitutionAndAnInvestorSeeNothingOfTheFile() {
        String file = FileApi.sentCompanyRegistration("ana");
        Browser elsewhere = new Browser().login(ELSEWHERE, ELSEWHERE);
        assertThat(elsewhere.get("/work/files/" + file).statusCode()).isEqualTo(404);
        assertThat(elsewhere
                        .post("/work/files/" + file + "/steps/revision/assign", Map.of("officer", DESK, "version", "1"))
                        .statusCode())
                .isEqualTo(404);
        FileApi.as(ELSEWHERE).get("/api/files/" + file).then().statusCode(404);
        assertThat(new Browser().login("ana", "ana").get("/work").statusCode()).isEqualTo(403);
    }

    private void supervisor(String user, String institution) {
        accounts.createConfirmed(
                user,
                user + "@example.com",
                user,
                BCrypt.withDefaults().hashToString(4, user.toCharArray()),
                List.of("supervisor"),
                institution,
                false);
    }
}

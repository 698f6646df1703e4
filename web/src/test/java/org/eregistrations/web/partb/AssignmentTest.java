package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.officer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An assignable step (the company registration's revision): taking a file, and only its holder deciding it. */
@QuarkusTest
class AssignmentTest {
    private static final String QUEUE = "/work/company-registration/revision";
    private static final String FIRST = "as-desk-one";
    private static final String SECOND = "as-desk-two";

    @Inject
    Accounts accounts;

    @BeforeEach
    void officers() {
        officer(accounts, FIRST, "registry", "frontDesk");
        officer(accounts, SECOND, "registry", "frontDesk");
    }

    @Test
    void anOfficerTakesAFileAndTheQueueShowsTheAssignee() {
        String file = FileApi.sentCompanyRegistration("ana");
        Browser one = new Browser().login(FIRST, FIRST);
        String review = one.get("/work/files/" + file).asString();
        assertThat(review).contains("action=\"/work/files/" + file + "/steps/revision/take\"");
        assertThat(one.get(QUEUE + "?assigned=none&page=1000").asString()).contains(file);

        Response taken = one.post(
                "/work/files/" + file + "/steps/revision/take", Map.of("version", Browser.formVersion(review)));

        assertThat(taken.statusCode()).isEqualTo(303);
        String after = one.get("/work/files/" + file).asString();
        assertThat(after).contains("Taken by " + FIRST).doesNotContain("/steps/revision/take\"");
        String mine = one.get(QUEUE + "?assigned=me").asString();
        assertThat(mine).contains("href=\"/work/files/" + file + "\"").contains("<th scope=\"col\">Assignee</th>");
        assertThat(mine).contains("<td class=\"assignee\">" + FIRST + "</td>");
        assertThat(one.get(QUEUE + "?assigned=none&page=1000").asString()).doesNotContain(file);
        Browser two = new Browser().login(SECOND, SECOND);
        assertThat(two.get(QUEUE + "?assigned=me").asString()).doesNotContain(file);
        assertThat(as("clerk").get("/api/files/" + file + "/history").asString())
                .contains("steps.revision.assignee");
    }

    @Test
    void anotherOfficerCanNeitherTakeNorDecideAHeldFileAndTheHolderDecides() {
        String file = FileApi.sentCompanyRegistration("ana");
        Browser one = new Browser().login(FIRST, FIRST);
        one.post(
                "/work/files/" + file + "/steps/revision/take",
                Map.of(
                        "version",
                        Browser.formVersion(one.get("/work/files/" + file).asString())));
        long held = FileApi.version("clerk", file);
        Browser two = new Browser().login(SECOND, SECOND);
        String seen = String.valueOf(held); // the other's page offers neither form: posted as a forged form would be
        assertThat(two.get("/work/files/" + file).asString())
                .contains("Taken by " + FIRST)
                .doesNotContain("class=\"decide\"")
                .doesNotContain("/take\"");

        assertThat(two.postRaw("/work/files/" + file + "/steps/revision/take", Map.of("version", seen))
                        .statusCode())
                .as("a take without the form's token")
                .isEqualTo(403);
        Response take = two.post("/work/files/" + file + "/steps/revision/take", Map.of("version", seen));
        assertThat(take.statusCode()).isEqualTo(409);
        assertThat(take.asString()).contains("Another officer holds this file").contains("Held by: " + FIRST);
        Response decide =
                two.post("/work/files/" + file + "/steps/revision", Map.of("decision", "approve", "version", seen));
        assertThat(decide.statusCode()).isEqualTo(409);
        assertThat(decide.asString()).contains("Held by: " + FIRST);
        // nor through the JSON API, whoever asks: only the holder decides
        FileApi.decide(SECOND, file, "steps/revision/approve", null).statusCode(409);
        FileApi.decide("clerk", file, "steps/revision/sendBack", "no").statusCode(409);
        assertThat(FileApi.version("clerk", file)).isEqualTo(held);
        assertThat(step(file)).isEqualTo("PENDING");

        FileApi.markAll(FIRST, file, "revision", Map.of("status", "valid")).statusCode(200);
        Response decided = one.post(
                "/work/files/" + file + "/steps/revision",
                Map.of(
                        "decision",
                        "approve",
                        "version",
                        Browser.formVersion(one.get("/work/files/" + file).asString())));
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(step(file)).isEqualTo("APPROVED");
    }

    @Test
    void aStepThatIsNotAssignableCannotBeTakenAndItsQueueHasNoAssignee() {
        officer(accounts, "as-licensing", "trade", "licensingOfficer");
        String file = FileApi.sentTraderLicence("ana");
        Browser officer = new Browser().login("as-licensing", "as-licensing");
        String review = officer.get("/work/files/" + file).asString();
        assertThat(review).doesNotContain("/take\"");
        long before = FileApi.version("as-licensing", file);

        Response take = officer.post(
                "/work/files/" + file + "/steps/review/take", Map.of("version", Browser.formVersion(review)));

        assertThat(take.statusCode()).isEqualTo(404);
        assertThat(FileApi.version("as-licensing", file)).isEqualTo(before);
        assertThat(officer.get("/work/trader-licence/review").asString())
                .doesNotContain("Assignee")
                .doesNotContain("name=\"assigned\"");
    }

    private static String step(String file) {
        return as("clerk").get("/api/files/" + file).then().extract().path("steps.revision");
    }
}

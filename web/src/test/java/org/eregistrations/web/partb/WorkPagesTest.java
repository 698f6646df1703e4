package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.officer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** My work, a step's queue and deciding a step through the pages, with each refusal storing nothing. */
@QuarkusTest
class WorkPagesTest {
    private static final String QUEUE = "/work/trader-licence/review";
    private static final String LICENSING = "pb-licensing";

    @Inject
    Accounts accounts;

    @BeforeEach
    void officers() {
        officer(accounts, LICENSING, "trade", "licensingOfficer", "licensingManager");
        officer(accounts, "pb-markets", "markets", "licensingOfficer", "marketInspector");
    }

    @Test
    void anOfficerSeesTheStepsTheyWorkWithTheFilesPendingAtEach() {
        Browser officer = new Browser().login(LICENSING, LICENSING);
        long before = pending(officer.get("/work").asString());
        FileApi.sentTraderLicence("ana");

        Response work = officer.get("/work");
        assertThat(work.statusCode()).isEqualTo(200);
        assertThat(work.asString()).contains("<a href=\"/work\">My work</a>");
        assertThat(pending(work.asString())).isEqualTo(before + 1);
        assertThat(work.asString()).doesNotContain("/work/company-registration/");
        assertThat(officer.get("/work?lang=es").asString()).contains("<h1>Mi trabajo</h1>", "Expedientes pendientes");
    }

    @Test
    void theQueueListsASentFileAndTheOfficerApprovesItThroughThePage() {
        String file = FileApi.sentTraderLicence("ana");
        Browser officer = new Browser().login(LICENSING, LICENSING);

        String last = officer.get(QUEUE + "?page=1000").asString(); // the newest file waits least: last
        assertThat(last).contains("href=\"/work/files/" + file + "\"").contains("Marta Ruiz");

        String review = officer.get("/work/files/" + file).asString();
        assertThat(review)
                .contains("Marta Ruiz")
                .contains("href=\"/work/files/" + file + "/documents/requirementUploads/identity\"");
        assertThat(officer.get("/work/files/" + file + "/documents/requirementUploads/identity")
                        .statusCode())
                .isEqualTo(200);
        Response decided = officer.post(
                "/work/files/" + file + "/steps/review",
                Map.of("decision", "approve", "version", Browser.formVersion(review)));

        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(decided.header("Location")).endsWith(QUEUE);
        assertThat(step(file, "review")).isEqualTo("APPROVED");
        // decided: the step is no longer pending, and a second decision is refused
        Response again = officer.post(
                "/work/files/" + file + "/steps/review",
                Map.of("decision", "approve", "version", String.valueOf(FileApi.version(LICENSING, file))));
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void sendingBackOrRejectingWithoutAReasonOrConfirmationIsRefusedAndNothingIsStored() {
        String file = FileApi.sentTraderLicence("ana");
        long version = FileApi.version(LICENSING, file);
        Browser officer = new Browser().login(LICENSING, LICENSING);
        String review = officer.get("/work/files/" + file).asString();

        Response noReason = officer.post(
                "/work/files/" + file + "/steps/review",
                Map.of("decision", "sendBack", "reason", "  ", "version", Browser.formVersion(review)));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("Give a reason").contains("name=\"decision\"");

        Response unconfirmed = officer.post(
                "/work/files/" + file + "/steps/review",
                Map.of("decision", "reject", "reason", "Not <b>ours</b>", "version", Browser.formVersion(review)));
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.asString()).contains("Tick the confirmation").contains("Not &lt;b&gt;ours&lt;/b&gt;");

        Response forged = officer.postRaw(
                "/work/files/" + file + "/steps/review",
                Map.of("decision", "approve", "version", Browser.formVersion(review)));
        assertThat(forged.statusCode())
                .as("a decision without the form's token")
                .isEqualTo(403);

        assertThat(FileApi.version(LICENSING, file)).isEqualTo(version);
        assertThat(step(file, "review")).isEqualTo("PENDING");
    }

    @Test
    void anOfficerOfAnotherInstitutionFindsNeitherTheQueueNorTheFile() {
        String file = FileApi.sentTraderLicence("ana");
        Browser other = new Browser().login("pb-markets", "pb-markets");

        assertThat(other.get(QUEUE).statusCode()).isEqualTo(404);
        assertThat(other.get("/work/files/" + file).statusCode()).isEqualTo(404);
        assertThat(other.get("/work").asString()).doesNotContain(QUEUE);
    }

    @Test
    void anInvestorIsRefusedMyWork() {
        Browser investor = new Browser().login("ana", "ana");

        Response work = investor.get("/work");
        assertThat(work.statusCode()).isEqualTo(403);
        assertThat(work.asString()).contains("For officers only");
        assertThat(investor.get("/files").asString()).doesNotContain("href=\"/work\"");
    }

    @Test
    void aDecisionOnAVersionAnotherOfficerMovedOnIsRefused() {
        String file = FileApi.sentTraderLicence("ana");
        Browser officer = new Browser().login(LICENSING, LICENSING);
        String review = officer.get("/work/files/" + file).asString();
        FileApi.decide("licensing", file, "steps/review/approve", null).statusCode(200);

        Response stale = officer.post(
                "/work/files/" + file + "/steps/review",
                Map.of("decision", "sendBack", "reason", "Blurred", "version", Browser.formVersion(review)));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("Another officer decided first");
        assertThat(step(file, "review")).isEqualTo("APPROVED");
    }

    @Test
    void aQueueShowsFiftyFilesAPage() {
        Browser officer = new Browser().login(LICENSING, LICENSING);
        long pending = total(officer.get(QUEUE).asString());
        for (long i = pending; i < 51; i++) {
            FileApi.sentTraderLicence("luis");
        }
        long total = total(officer.get(QUEUE).asString());
        long pages = (total + 49) / 50;

        String first = officer.get(QUEUE).asString();
        assertThat(Browser.all(Pattern.compile("href=\"/work/files/([0-9a-f-]{36})\""), first))
                .hasSize(50);
        assertThat(first).contains("Page 1 of " + pages).contains("href=\"" + QUEUE + "?page=2\"");
        String last = officer.get(QUEUE + "?page=" + pages).asString();
        assertThat(Browser.all(Pattern.compile("href=\"/work/files/([0-9a-f-]{36})\""), last))
                .hasSize((int) (total - 50 * (pages - 1)));
        assertThat(last).contains("Page " + pages + " of " + pages).doesNotContain("rel=\"next\"");
    }

    private static long pending(String work) {
        Matcher count = Pattern.compile("href=\"" + QUEUE + "\">[^<]*</a></td>\\s*<td class=\"pending-count\">(\\d+)<")
                .matcher(work);
        assertThat(count.find()).as("the trader licence's review on My work").isTrue();
        return Long.parseLong(count.group(1));
    }

    private static long total(String queue) {
        Matcher total = Pattern.compile("class=\"queue-total\">(\\d+) files").matcher(queue);
        assertThat(total.find()).isTrue();
        return Long.parseLong(total.group(1));
    }

    private static String step(String file, String step) {
        return as(LICENSING).get("/api/files/" + file).then().extract().path("steps." + step);
    }
}

package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/**
 * A revision step reviewed item by item (the company registration's {@code revision}): approve only when everything
 * is valid, send back only what is invalid, the investor corrects exactly those items, and every refusal stores
 * nothing.
 */
@QuarkusTest
class RevisionTest {
    private static final String REVIEWER = "clerk";
    private static final String DEED = "documents.utilityBill";

    @Inject
    Sql sql;

    @Test
    void approvingIsOfferedAndAcceptedOnlyOnceEveryItemIsMarkedValid() {
        String file = FileApi.sentCompanyRegistration("ana");
        Browser officer = new Browser().login(REVIEWER, REVIEWER);
        String review = officer.get("/work/files/" + file).asString();

        List<String> items = FileApi.reviewedItems(REVIEWER, file, "revision");
        assertThat(items)
                .contains("documents.identity", DEED, "receipts.registrationFee")
                .anyMatch(item -> item.startsWith("sections."));
        assertThat(review)
                .contains("Computed from the data")
                .contains("<dt>Full name of the representative</dt><dd><output>Ana Pérez</output></dd>")
                .contains("action=\"/work/files/" + file + "/steps/revision/review\"")
                .contains("name=\"status." + DEED + "\"")
                .doesNotContain("name=\"decision\" value=\"approve\"")
                .doesNotContain("name=\"decision\" value=\"sendBack\"");

        long before = FileApi.version(REVIEWER, file);
        Response refused = officer.post(
                "/work/files/" + file + "/steps/revision",
                Map.of("decision", "approve", "version", Browser.formVersion(review)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("can be approved only when every document");
        assertThat(FileApi.version(REVIEWER, file)).isEqualTo(before);

        Map<String, String> allValid = new LinkedHashMap<>(Map.of("version", Browser.formVersion(review)));
        items.forEach(item -> allValid.put("status." + item, "valid"));
        assertThat(officer.post("/work/files/" + file + "/steps/revision/review", allValid)
                        .statusCode())
                .isEqualTo(303);
        review = officer.get("/work/files/" + file).asString();
        assertThat(review)
                .contains("name=\"decision\" value=\"approve\"")
                .doesNotContain("name=\"decision\" value=\"sendBack\"");
        // the marks are events of the file, in its history
        assertThat(as("configurator").get("/api/files/" + file + "/history").asString())
                .contains("steps.revision.review." + DEED);

        assertThat(officer.post(
                                "/work/files/" + file + "/steps/revision",
                                Map.of("decision", "approve", "version", Browser.formVersion(review)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(step(file)).isEqualTo("APPROVED");
        // a decided step's review is closed
        FileApi.review(REVIEWER, file, "revision", Map.of(DEED, Map.of("status", "valid")))
                .statusCode(409);
    }

    @Test
    void theInvestorCorrectsExactlyTheItemsSentBackAndTheyAreReviewedAgain() {
        String file = FileApi.sentCompanyRegistration("ana");
        Map<String, Object> marks = new LinkedHashMap<>();
        FileApi.reviewedItems(REVIEWER, file, "revision").forEach(item -> marks.put(item, Map.of("status", "valid")));
        marks.put(DEED, Map.of("status", "invalid", "reasonType", "illegible", "reason", "The scan is blurred."));
        FileApi.review(REVIEWER, file, "revision", marks).statusCode(200);
        // everything valid but one: approving is refused, sending back needs no more
        FileApi.decide(REVIEWER, file, "steps/revision/approve", null).statusCode(400);
        FileApi.decide(REVIEWER, file, "steps/revision/sendBack", "One document cannot be read.")
                .statusCode(200);

        Browser ana = new Browser().login("ana", "ana");
        String overview = ana.get("/files/" + file).asString();
        assertThat(overview)
                .contains("What to correct")
                .contains("Illegible — The scan is blurred.")
                .contains("href=\"/files/" + file + "/documents#u-utilityBill\"");
        assertThat(ana.get("/files/" + file + "/documents").asString())
                .contains("To correct: Illegible — The scan is blurred.")
                .doesNotContain("name=\"document.identity\"")
                .contains("name=\"document.utilityBill\"");
        assertThat(ana.get("/files/" + file + "/data").asString()).contains("Found valid when the file was reviewed");
        assertThat(mail(file)).contains("Illegible — The scan is blurred.");

        // what was found valid stays: the API and the pages refuse a change of it, nothing stored
        long before = FileApi.version("ana", file);
        FileApi.change("ana", file, before, """
                        {"dataForms.companyName": "Another name"}""")
                .statusCode(400);
        FileApi.change("ana", file, before, """
                        {"guide.capital": 5000}""")
                .statusCode(400);
        FileApi.upload("ana", file, "requirementUploads", "identity", FileApi.PDF)
                .statusCode(400);
        assertThat(FileApi.version("ana", file)).isEqualTo(before);

        byte[] corrected = (new String(FileApi.PDF, StandardCharsets.US_ASCII) + "% a readable scan\n")
                .getBytes(StandardCharsets.US_ASCII);
        FileApi.upload("ana", file, "requirementUploads", "utilityBill", corrected)
                .statusCode(200);
        assertThat(ana.get("/files/" + file + "/documents").asString())
                .contains("Corrected: it will be reviewed again when you send the file.")
                .doesNotContain("To correct: Illegible");
        FileApi.decide("ana", file, "resubmit", null).statusCode(200);
        Response state = as(REVIEWER).get("/api/files/" + file + "/steps/revision/review");
        assertThat(state.jsonPath().getString("items.find { it.key == '" + DEED + "' }.status"))
                .as("reviewed again")
                .isNull();
        assertThat(state.jsonPath().getString("items.find { it.key == 'documents.identity' }.status"))
                .isEqualTo("valid");
        FileApi.review(REVIEWER, file, "revision", Map.of(DEED, Map.of("status", "valid")))
                .statusCode(200);
        FileApi.decide(REVIEWER, file, "steps/revision/approve", null).statusCode(200);
        // the step's history on the review page: who decided what, when
        assertThat(new Browser()
                        .login(REVIEWER, REVIEWER)
                        .get("/work/files/" + file)
                        .asString())
                .containsSubsequence(
                        "History of this step",
                        REVIEWER + " · sent back: One document cannot be read.",
                        REVIEWER + " · approved");
    }

    @Test
    void aReviewFormWithAnInvalidItemWithoutItsReasonIsRefusedAndKeepsWhatWasEntered() {
        String file = FileApi.sentCompanyRegistration("ana");
        Browser officer = new Browser().login(REVIEWER, REVIEWER);
        String seen = Browser.formVersion(officer.get("/work/files/" + file).asString());
        long before = FileApi.version(REVIEWER, file);

        Response refused = officer.post(
                "/work/files/" + file + "/steps/revision/review",
                Map.of("version", seen, "status.documents.identity", "valid", "status." + DEED, "invalid"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("An invalid item needs its reason")
                .containsPattern("name=\"status\\." + Pattern.quote(DEED) + "\" value=\"invalid\" checked");
        Response forged = officer.post(
                "/work/files/" + file + "/steps/revision/review",
                Map.of("version", seen, "status.documents.notAsked", "valid"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(officer.post(
                                "/work/files/" + file + "/steps/revision/review",
                                Map.of("version", seen, "status." + DEED, "maybe"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(FileApi.version(REVIEWER, file)).isEqualTo(before);

        // the API refuses the same, naming the item
        FileApi.review(REVIEWER, file, "revision", Map.of(DEED, Map.of("status", "invalid", "reasonType", "other")))
                .statusCode(400);
        FileApi.review(REVIEWER, file, "revision", Map.of("documents.notAsked", Map.of("status", "valid")))
                .statusCode(400);
        FileApi.review(REVIEWER, file, "revision", Map.of(DEED, Map.of("status", "invalid", "reasonType", "cursed")))
                .statusCode(400);
        assertThat(FileApi.version(REVIEWER, file)).isEqualTo(before);

        // sending back with nothing invalid is refused
        FileApi.markAll(REVIEWER, file, "revision", Map.of("status", "valid")).statusCode(200);
        FileApi.decide(REVIEWER, file, "steps/revision/sendBack", "Why not").statusCode(400);
    }

    @Test
    void onlyTheOfficersOfTheRevisionStepReviewIt() {
        String file = FileApi.sentCompanyRegistration("ana");
        Map<String, Object> valid = Map.of(DEED, Map.of("status", "valid"));
        long before = FileApi.version(REVIEWER, file);

        FileApi.review("tax", file, "revision", valid).statusCode(403); // the Ministry of Finance's officer
        FileApi.review("ana", file, "revision", valid).statusCode(403);
        as("tax").get("/api/files/" + file + "/steps/revision/review").then().statusCode(403);
        Browser tax = new Browser().login("tax", "tax");
        tax.get("/work");
        assertThat(tax.post(
                                "/work/files/" + file + "/steps/revision/review",
                                Map.of("version", String.valueOf(before), "status." + DEED, "valid"))
                        .statusCode())
                .isEqualTo(404);
        // a step decided as a whole has no review
        FileApi.review(REVIEWER, file, "tax", valid).statusCode(400);
        assertThat(FileApi.version(REVIEWER, file)).isEqualTo(before);
    }

    private String mail(String file) {
        return sql.one(
                        "select payload::text from mail_outbox where file_id = ?::uuid and kind = 'sentBack'",
                        row -> row.getString(1),
                        file)
                .orElseThrow();
    }

    private static String step(String file) {
        return as(REVIEWER).get("/api/files/" + file).then().extract().path("steps.revision");
    }
}

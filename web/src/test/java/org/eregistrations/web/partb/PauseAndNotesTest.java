package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** Putting a step aside and taking it up again, and the notes officers leave each other, which investors never see. */
@QuarkusTest
class PauseAndNotesTest {
    private static final String OFFICER = "licensing";

    @Test
    void aPausedStepWaitsUntilAnOfficerResumesItAndThePauseReasonStaysWithTheOfficers() {
        String file = FileApi.sentTraderLicence("ana");
        Browser officer = new Browser().login(OFFICER, OFFICER);
        String review = officer.get("/work/files/" + file).asString();
        assertThat(review).contains("name=\"decision\" value=\"pause\"");

        long before = FileApi.version(OFFICER, file);
        Response refused = officer.post(
                "/work/files/" + file + "/steps/review",
                Map.of("decision", "pause", "version", Browser.formVersion(review)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(FileApi.version(OFFICER, file)).isEqualTo(before);

        assertThat(officer.post(
                                "/work/files/" + file + "/steps/review",
                                Map.of(
                                        "decision",
                                        "pause",
                                        "reason",
                                        "Waiting for the archive's copy of the old licence",
                                        "version",
                                        Browser.formVersion(review)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(step(file)).isEqualTo("PAUSED");
        review = officer.get("/work/files/" + file).asString();
        assertThat(review).contains("Resume this step").doesNotContain("name=\"decision\" value=\"approve\"");
        // a paused step is not decided: approving it is refused
        FileApi.decide(OFFICER, file, "steps/review/approve", null).statusCode(409);
        Browser ana = new Browser().login("ana", "ana");
        assertThat(ana.get("/files/" + file).asString()).contains("paused").doesNotContain("Waiting for the archive");

        assertThat(officer.post(
                                "/work/files/" + file + "/steps/review",
                                Map.of("decision", "resume", "version", Browser.formVersion(review)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(step(file)).isEqualTo("PENDING");
        // resuming a step that is not paused is refused
        FileApi.decide(OFFICER, file, "steps/review/resume", null).statusCode(409);
    }

    @Test
    void notesAreForTheOfficersOfTheFileOnly() {
        String file = FileApi.sentTraderLicence("ana");
        Browser officer = new Browser().login(OFFICER, OFFICER);
        officer.get("/work/files/" + file);
        String note = "Checked the address with the municipality <b>by phone</b>";

        assertThat(officer.post("/work/files/" + file + "/notes", Map.of("text", note))
                        .statusCode())
                .isEqualTo(303);
        String review = officer.get("/work/files/" + file).asString();
        assertThat(review)
                .contains("Checked the address with the municipality &lt;b&gt;by phone&lt;/b&gt;")
                .contains(OFFICER + " · ");

        Response blank = officer.post("/work/files/" + file + "/notes", Map.of("text", "   "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.asString()).contains("A note needs a text");
        Response tooLong = officer.post("/work/files/" + file + "/notes", Map.of("text", "x".repeat(4001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString()).contains("x".repeat(4001)); // what was typed comes back
        assertThat(officer.post("/work/files/" + file + "/notes", Map.of("text", "bell \u0007"))
                        .statusCode())
                .isEqualTo(400);

        // an officer of another institution has no such page, and the investor never reads the notes
        Browser markets = new Browser().login("markets", "markets");
        markets.get("/work");
        assertThat(markets.post("/work/files/" + file + "/notes", Map.of("text", "Mine too"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(as("ana").get("/api/files/" + file).asString()).doesNotContain("municipality");
        assertThat(as("ana").get("/api/files/" + file + "/history").asString()).doesNotContain("municipality");
        Browser ana = new Browser().login("ana", "ana");
        assertThat(ana.get("/files/" + file).asString()).doesNotContain("municipality");
        assertThat(officer.get("/work/files/" + file).asString()).doesNotContain("Mine too");
    }

    private static String step(String file) {
        return as(OFFICER).get("/api/files/" + file).then().extract().path("steps.review");
    }
}

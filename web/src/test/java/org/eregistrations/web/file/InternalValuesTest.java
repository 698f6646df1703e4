package org.eregistrations.web.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/**
 * What is kept among officers — the holder of a step, a step form's fields, why a step was paused — never reaches the
 * investor through the API: not in the file, not at a moment, not in its history. Officers read all of it.
 */
@QuarkusTest
class InternalValuesTest {
    private static final String PAUSED = "Waiting for the notary's call";

    @Test
    void theOwnerReadsTheFileAndItsHistoryWithoutWhatOfficersKeepAmongThemselves() {
        String file = FileApi.sentCompanyRegistration("ana");
        Browser clerk = new Browser().login("clerk", "clerk");
        String review = clerk.get("/work/files/" + file).asString();
        clerk.post("/work/files/" + file + "/steps/revision/take", Map.of("version", Browser.formVersion(review)));
        FileApi.decide("clerk", file, "steps/revision/pause", PAUSED).statusCode(200);
        FileApi.decide("clerk", file, "steps/revision/resume", null).statusCode(200);
        FileApi.approve("clerk", file, "revision").statusCode(200);
        FileApi.as("clerk")
                .contentType("application/json")
                .body(Map.of(
                        "expectedVersion",
                        FileApi.version("clerk", file),
                        "fields",
                        Map.of("deedEntry", "Book 4, entry 17")))
                .post("/api/files/" + file + "/steps/registry/approve")
                .then()
                .statusCode(200);

        String officers = FileApi.as("clerk").get("/api/files/" + file).asString();
        assertThat(officers).contains("steps.revision.assignee", "steps.registry.form.deedEntry");
        assertThat(FileApi.as("clerk").get("/api/files/" + file + "/history").asString())
                .contains(PAUSED);

        for (String read : List.of("", "?at=" + java.time.Instant.now(), "/history")) {
            String owners = FileApi.as("ana").get("/api/files/" + file + read).asString();
            assertThat(owners)
                    .as(read)
                    .contains("steps.revision.status", "steps.revision.decision")
                    .doesNotContain("assignee", "steps.registry.form.", PAUSED);
        }
        // the owner's answers to a change carry the same view
        assertThat(FileApi.decide("ana", file, "withdraw", null)
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain("assignee", "steps.registry.form.");
    }
}

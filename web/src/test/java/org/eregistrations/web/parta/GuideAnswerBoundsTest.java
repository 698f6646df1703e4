package org.eregistrations.web.parta;

import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.change;
import static org.eregistrations.web.testing.FileApi.create;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.eregistrations.web.testing.Browser;
import org.junit.jupiter.api.Test;

/**
 * A guide question's {@code min}/{@code max} (the company's capital is at least 0) are enforced wherever answers are
 * accepted: the guide page shows the problem next to the question, the API refuses it naming the path, and nothing
 * of it is stored.
 */
@QuarkusTest
class GuideAnswerBoundsTest {
    @Test
    void theGuidePageShowsAnAnswerBelowTheMinimumNextToItsQuestion() {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide");

        ana.post("/files/" + id + "/guide", Map.of("guide.legalForm", "sole", "guide.capital", "-5"))
                .then()
                .statusCode(400)
                .body(containsString("Must be at least 0."))
                .body(containsString("value=\"-5\""))
                .body(containsString("aria-invalid=\"true\""));
        as("ana")
                .get("/api/files/" + id)
                .then()
                .body("values.'guide.legalForm'", equalTo("sole"))
                .body("values.'guide.capital'", nullValue());
    }

    @Test
    void theApiRefusesAnAnswerBelowTheMinimumWithItsPathAndReason() {
        String file = create("ana", "company-registration");

        change("ana", file, 0, "{\"guide.capital\": -5}")
                .statusCode(400)
                .body("errors[0].path", equalTo("guide.capital"))
                .body("errors[0].reason", equalTo("must be at least 0"));
        change("ana", file, 0, "{\"guide.capital\": 0}").statusCode(200);
    }
}

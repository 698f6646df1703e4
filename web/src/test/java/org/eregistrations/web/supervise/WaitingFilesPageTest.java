package org.eregistrations.web.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The files waiting in Part B as a supervisor sees them: only at the steps they oversee, filtered by what they wait for,
 * who holds them, how long they have waited, and searched by title or number; nobody else sees the page.
 */
@QuarkusTest
class WaitingFilesPageTest {
    private static final String TRADE = "wf-trade";
    private static final String REGISTRY = "wf-registry";

    @Inject
    Accounts accounts;

    private final String token = "W" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void supervisors() {
        supervisor(TRADE, "trade");
        supervisor(REGISTRY, "registry");
    }

    @Test
    void aSupervisorSeesWhatWaitsAtTheStepsTheyOverseeAndFiltersIt() throws Exception {
        String pending = sent(token + " pending");
        String sentBack = sent(token + " returned");
        FileApi.decide("licensing", sentBack, "steps/review/sendBack", "Blurred")
                .statusCode(200);
        String approved = sent(token + " approved");
        FileApi.decide("licensing", approved, "steps/review/approve", null).statusCode(200);
        FileApi.decide("licensing", approved, "steps/approval/approve", null).statusCode(200);
        Browser trade = new Browser().login(TRADE, TRADE);

        String all = trade.get("/supervise?q=" + token).asString();
        assertThat(all)
                .contains("href=\"/supervise\"") // the menu
                .contains("/work/files/" + pending + "#step-review", "/work/files/" + sentBack + "#step-review")
                .doesNotContain(approved)
                .contains("2 files waiting");
        assertThat(trade.get("/supervise?state=sent_back&q=" + token).asString())
                .contains(sentBack)
                .doesNotContain(pending);
        assertThat(trade.get("/supervise?state=pending&holder=-&q=" + token).asString())
                .contains(pending)
                .doesNotContain(sentBack);
        assertThat(trade.get("/supervise?waited=month&q=" + token).asString()).doesNotContain(pending);
        assertThat(trade.get("/supervise?step=nonsense%27--&state=%3Cx%3E&waited=x&q=" + token)
                        .asString())
                .contains(pending); // unknown choices mean "every"
        assertThat(trade.get("/supervise?q=" + token + "&lang=es").asString()).contains("Expedientes en espera");

        // the registry's supervisor oversees no step of a trader licence
        assertThat(new Browser()
                        .login(REGISTRY, REGISTRY)
                        .get("/supervise?q=" + token)
                        .asString())
                .doesNotContain(pending)
                .contains("0 files waiting");
    }

    @Test
    void onlySupervisorsSeeThePage() {
        for (String user : List.of("clerk", "ana", "admin")) {
            assertThat(new Browser().login(user, user).get("/supervise").statusCode())
                    .as(user)
                    .isEqualTo(404);
        }
        assertThat(new Browser().login("clerk", "clerk").get("/work").asString())
                .doesNotContain("href=\"/supervise\"");
    }

    /** A trader licence with this trade name, sent by ana: pending at the licensing office's review. */
    private static String sent(String tradeName) throws Exception {
        String file = FileApi.completeTraderLicence("ana");
        FileApi.change(
                        "ana",
                        file,
                        FileApi.version("ana", file),
                        new ObjectMapper().writeValueAsString(Map.of("dataForms.tradeName", tradeName)))
                .statusCode(200);
        FileApi.decide("ana", file, "send", null).statusCode(200);
        return file;
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

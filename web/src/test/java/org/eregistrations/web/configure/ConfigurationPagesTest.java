package org.eregistrations.web.configure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.eregistrations.web.testing.TestBundle;
import org.junit.jupiter.api.Test;

/**
 * The configuration pages as a configurator uses them, and as anyone else finds them (they do not exist): upload,
 * attempts with scenario results, versions, differences, trying a version, activation, migration, history, restore.
 */
@QuarkusTest
class ConfigurationPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ATTEMPT = Pattern.compile("/configure/attempts/([0-9a-f-]{36})");

    @Test
    void theConfigurationPagesExistOnlyForConfigurators() {
        TestBundle.version1("cfg-refused-permit").upload();
        String file = FileApi.create("ana", "cfg-refused-permit");
        List<String> pages = List.of(
                "/configure",
                "/configure/attempts",
                "/configure/files",
                "/configure/services/cfg-refused-permit",
                "/configure/migration/cfg-refused-permit",
                "/configure/retire/cfg-refused-permit",
                "/configure/files/cfg-refused-permit/" + file);
        for (String user : List.of("ana", "clerk", "supervisor", "admin")) {
            Browser browser = new Browser().login(user, user);
            assertThat(browser.get("/files").asString()).doesNotContain("href=\"/configure\"");
            for (String page : pages) {
                assertThat(browser.get(page).statusCode()).as(user + " " + page).isEqualTo(404);
            }
            assertThat(browser.post("/configure/retire/cfg-refused-permit", Map.of("confirm", "yes"))
                            .statusCode())
                    .as(user)
                    .isEqualTo(404);
        }
        assertThat(new Browser().get("/configure").statusCode()).isIn(302, 303);
        Browser configurator = new Browser().login("configurator", "configurator");
        assertThat(configurator.get("/configure").asString()).contains("href=\"/configure\"", "cfg-refused-permit");
        // addresses that name nothing: not found, never an error
        for (String nothing : List.of(
                "/configure/attempts/not-an-id",
                "/configure/migration/runs/" + "x".repeat(500),
                "/configure/files/cfg-refused-permit/not-a-uuid",
                "/configure/services/no-such-service",
                "/configure/try/cfg-refused-permit/" + "0".repeat(64))) {
            assertThat(configurator.get(nothing).statusCode()).as(nothing).isEqualTo(404);
        }
        // a form without the session's token changes nothing
        assertThat(configurator
                        .postRaw("/configure/retire/cfg-refused-permit", Map.of("confirm", "yes"))
                        .statusCode())
                .isEqualTo(403);
        FileApi.create("ana", "cfg-refused-permit"); // still not retired: it takes files
    }

    @Test
    void aFailedScenarioShowsWhatItExpectedThenAFixedBundleIsComparedTriedAndActivated() {
        String service = "cfg-tried-permit";
        String v1 = (String) TestBundle.version1(service).upload().get("version");
        Browser configurator = new Browser().login("configurator", "configurator");
        configurator.get("/configure/attempts");

        // version 2 with its scenario still expecting version 1's requirements
        TestBundle wrong = TestBundle.version2(service)
                .with("scenarios/fee.yaml", TestBundle.version1(service).text("scenarios/fee.yaml"));
        String refused = attemptPage(configurator, upload(configurator, wrong, "check"));
        assertThat(refused)
                .contains("Refused", "Importers pay 10", "requirements.applicable")
                .containsPattern("class=\"expected\">\\[identity\\]")
                .containsPattern("class=\"derived\">\\[identity, proofOfAddress\\]")
                .contains("scenarios/fee.yaml:");
        assertThat(as("configurator")
                        .get("/api/rulesets/" + service + "/versions")
                        .jsonPath()
                        .getList("version"))
                .containsExactly(v1);

        configurator.get("/configure/attempts");
        String passedPage = attemptPage(configurator, upload(configurator, TestBundle.version2(service), "check"));
        assertThat(passedPage).contains("Passed, not active");
        String v2 = as("configurator")
                .get("/api/rulesets/" + service + "/versions")
                .jsonPath()
                .getString("[0].version");
        assertThat(v2).isNotEqualTo(v1);
        // stored, not active: investors still get version 1
        assertThat(as("ana").get("/api/services/" + service).jsonPath().getString("version"))
                .isEqualTo(v1);

        String versions = configurator.get("/configure/services/" + service).asString();
        assertThat(versions).contains("never active", "/configure/try/" + service + "/" + v2);

        String diff = configurator
                .get("/configure/services/" + service + "/diff?from=" + v1 + "&to=" + v2)
                .asString();
        assertThat(diff)
                .contains("service.yaml", "scenarios/fee.yaml")
                .containsPattern("(?s)processingSteps</td><td><code>inspection</code></td><td>added")
                .containsPattern("(?s)registrations</td><td><code>permit</code></td><td>changed")
                .containsPattern("class=\"added\">\\+\\s+requirements.applicable: \\[identity, proofOfAddress\\]");

        String tried = configurator
                .get("/configure/try/" + service + "/" + v2 + "?q.isImporter=true&r=permit")
                .asString();
        assertThat(tried)
                .contains("not active")
                .containsPattern("(?s)data-set=\"requirements.applicable\">.*Identity.*Proof of address")
                .containsPattern("(?s)class=\"amount total\">10");
        assertThat(configurator
                        .get("/configure/try/" + service + "/" + v2 + "?q.isImporter=maybe")
                        .asString())
                .contains("class=\"problem\"");

        configurator.get("/configure/services/" + service + "/versions/" + v2 + "/activate");
        assertThat(configurator
                        .post("/configure/services/" + service + "/versions/" + v2 + "/activate", Map.of())
                        .statusCode())
                .isEqualTo(400);
        Response activated = configurator.post(
                "/configure/services/" + service + "/versions/" + v2 + "/activate", Map.of("confirm", "yes"));
        assertThat(activated.statusCode()).isEqualTo(303);
        assertThat(configurator.get(activated.header("Location")).asString()).contains("Activated");
        assertThat(as("ana").get("/api/services/" + service).jsonPath().getString("version"))
                .isEqualTo(v2);
        assertThat(configurator.get("/configure/services/" + service).asString())
                .contains("activated after trying");
        assertThat(configurator
                        .get("/configure/services/" + service + "?lang=es")
                        .asString())
                .contains("Versiones");
        assertThat(configurator
                        .get("/configure/services/" + service + "/diff?from=nope&to=" + v2)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUploadThatIsNoBundleIsRefusedOnThePage() {
        Browser configurator = new Browser().login("configurator", "configurator");
        configurator.get("/configure/attempts");
        Response notZip = configurator.uploadFile(
                "/configure/attempts", "bundle", "x.zip", "not a zip".getBytes(), "application/zip", Map.of());
        assertThat(notZip.statusCode()).isEqualTo(400);
        assertThat(notZip.asString()).contains("This is not a bundle");
    }

    @Test
    void sentFilesMoveAfterTheirPreviewAndADraftIsNeverMigrated() throws Exception {
        String service = "cfg-moving-permit";
        TestBundle.version1(service).upload();
        String sent = sentFile(service);
        String draft = FileApi.create("ana", service);
        TestBundle.version2(service).upload();

        Browser configurator = new Browser().login("configurator", "configurator");
        String page = configurator.get("/configure/migration/" + service).asString();
        assertThat(page)
                .contains("data-file=\"" + sent + "\"", "proofOfAddress")
                .doesNotContain("data-file=\"" + draft + "\"");
        Response refused = configurator.post("/configure/migration/" + service, Map.of("file", draft));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("a draft follows the active version");

        configurator.get("/configure/migration/" + service);
        Response started = configurator.post("/configure/migration/" + service, Map.of("file", sent));
        assertThat(started.statusCode()).isEqualTo(303);
        String run = started.header("Location");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String progress = configurator.get(run).asString();
        while (!progress.contains("The run has ended") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            progress = configurator.get(run).asString();
        }
        assertThat(progress).contains("1 moved, 0 not moved, of 1", "value=\"1\"");
        assertThat(as("ana").get("/api/files/" + sent + "/history").jsonPath().getList("cause"))
                .contains("migration");
        assertThat(configurator.get("/configure/migration/" + service).asString())
                .contains("Every sent file is on the active version");
    }

    @Test
    void aFilesHistoryShowsEachChangeTheFileAtAMomentAndARestore() throws Exception {
        String service = "cfg-history-permit";
        TestBundle.version1(service).upload();
        TestBundle.version1("cfg-other-permit").upload();
        String file = FileApi.create("ana", service);
        FileApi.change("ana", file, 0, JSON.writeValueAsString(Map.of("guide.isImporter", true)))
                .statusCode(200);
        FileApi.change("ana", file, 1, JSON.writeValueAsString(Map.of("guide.isImporter", false)))
                .statusCode(200);

        Browser configurator = new Browser().login("configurator", "configurator");
        Response found = configurator.get("/configure/files?q=" + file);
        assertThat(found.statusCode()).isEqualTo(303);
        String history = "/configure/files/" + service + "/" + file;
        assertThat(found.header("Location")).endsWith(history);
        assertThat(configurator.get("/configure/files?q=2099-999999").statusCode())
                .isEqualTo(404);
        assertThat(configurator.get("/configure/files/cfg-other-permit/" + file).statusCode())
                .isEqualTo(404);

        String changes = configurator.get(history + "?path=guide").asString();
        assertThat(changes).contains("guide.isImporter", "class=\"before\">true", "class=\"after\">false");
        Matcher first = Pattern.compile("href=\"" + Pattern.quote(history) + "/at\\?moment=([^\"]+)\"")
                .matcher(changes);
        List<String> moments = first.results().map(m -> m.group(1)).toList();
        String whenTrue = moments.get(moments.size() - 1); // the oldest change: isImporter true
        assertThat(configurator.get(history + "/at?moment=" + whenTrue).asString())
                .containsPattern("Importer <small><code>guide.isImporter</code></small></th><td>true")
                .containsPattern("data-set=\"costs.payable\">fee");
        assertThat(configurator.get(history + "/at?moment=yesterday").header("Location"))
                .endsWith("?done=bad_moment");

        String preview =
                configurator.get(history + "/restore?moment=" + whenTrue).asString();
        assertThat(preview).contains("guide.isImporter", "I want to append these 1 changes");
        assertThat(configurator
                        .post(history + "/restore", Map.of("moment", whenTrue, "version", "2"))
                        .statusCode())
                .isEqualTo(400);
        configurator.get(history + "/restore?moment=" + whenTrue);
        assertThat(configurator
                        .post(history + "/restore", Map.of("moment", whenTrue, "version", "1", "confirm", "yes"))
                        .statusCode())
                .isEqualTo(409);
        configurator.get(history + "/restore?moment=" + whenTrue);
        Response restored =
                configurator.post(history + "/restore", Map.of("moment", whenTrue, "version", "2", "confirm", "yes"));
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(as("ana").get("/api/files/" + file).jsonPath().getBoolean("values.'guide.isImporter'"))
                .isTrue();
        assertThat(configurator.get(restored.header("Location")).asString())
                .contains("The file was restored", "<td>restore</td>");
        // another service's address does not restore this file
        configurator.get(history + "/restore?moment=" + whenTrue);
        assertThat(configurator
                        .post(
                                "/configure/files/cfg-other-permit/" + file + "/restore",
                                Map.of("moment", whenTrue, "version", "3", "confirm", "yes"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void retiringAServiceAsksForAConfirmation() {
        String service = "cfg-retired-permit";
        TestBundle.version1(service).upload();
        Browser configurator = new Browser().login("configurator", "configurator");
        configurator.get("/configure/retire/" + service);
        assertThat(configurator.post("/configure/retire/" + service, Map.of()).statusCode())
                .isEqualTo(400);
        Response retired = configurator.post("/configure/retire/" + service, Map.of("confirm", "yes"));
        assertThat(retired.statusCode()).isEqualTo(303);
        assertThat(configurator.get(retired.header("Location")).asString()).contains("The service was retired");
        assertThat(as("ana")
                        .contentType("application/json")
                        .body(Map.of("serviceId", service))
                        .post("/api/files")
                        .statusCode())
                .isEqualTo(400);
        assertThat(configurator.get("/configure/retire/" + service).statusCode())
                .isEqualTo(404);
    }

    private static String sentFile(String service) throws Exception {
        String file = FileApi.create("ana", service);
        FileApi.change(
                        "ana",
                        file,
                        0,
                        JSON.writeValueAsString(
                                Map.of("guide.isImporter", false, "submissionForms.isAffidavitSigned", true)))
                .statusCode(200);
        FileApi.post("ana", file, "send", null).statusCode(200);
        return file;
    }

    private static String upload(Browser configurator, TestBundle bundle, String mode) {
        Response response = configurator.uploadFile(
                "/configure/attempts", "bundle", "bundle.zip", bundle.zip(), "application/zip", Map.of("mode", mode));
        assertThat(response.statusCode()).isEqualTo(303);
        Matcher attempt = ATTEMPT.matcher(response.header("Location"));
        assertThat(attempt.find()).isTrue();
        return attempt.group();
    }

    /** The attempt's page once the attempt has ended (it refreshes itself while under way). */
    private static String attemptPage(Browser configurator, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Response page = configurator.get(path);
            if (page.header("Refresh") == null || Instant.now().isAfter(deadline)) {
                return page.asString();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

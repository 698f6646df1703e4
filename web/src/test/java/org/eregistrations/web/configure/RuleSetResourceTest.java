package org.eregistrations.web.configure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.change;
import static org.eregistrations.web.testing.FileApi.create;
import static org.eregistrations.web.testing.FileApi.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.web.services.BundleFiles;
import org.eregistrations.web.services.RuleSetVersions;
import org.eregistrations.web.testing.TestBundle;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleSetResourceTest {
    /** eregistrations.bundle-work-dir of the tests. */
    private static final Path WORK_DIR = Path.of("target/bundle-work");

    @Inject
    RuleSetVersions versions;

    private static List<String> requirements(String user, String file) {
        return as(user).get("/api/files/" + file)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("derivation.sets.'requirements.applicable'", String.class);
    }

    @Test
    void uploadedServiceIsPublishedAfterItsScenariosPass() {
        Map<String, Object> attempt = TestBundle.version1("upload-permit").upload();

        assertThat(attempt).containsEntry("status", "activated").containsEntry("serviceId", "upload-permit");
        assertThat((Map<String, Object>) attempt.get("timings"))
                .containsKeys("compileAndValidateMillis", "scenariosMillis", "storeAndSwapMillis");
        as("ana").get("/api/services/upload-permit").then().statusCode(200);
        as("configurator")
                .get("/api/rulesets/upload-permit/activations")
                .then()
                .statusCode(200)
                .body("by", contains("configurator"))
                .body("version", contains(attempt.get("version")));
    }

    @Test
    void zipWithoutABundleOrWithoutScenariosIsRefused() {
        as("configurator")
                .contentType("application/zip")
                .body(new byte[] {1, 2, 3})
                .post("/api/rulesets")
                .then()
                .statusCode(400)
                .body("error", org.hamcrest.Matchers.containsString("no service.yaml"));
        Map<String, Object> attempt = TestBundle.version1("unscenarioed-permit")
                .with("scenarios/fee.yaml", "")
                .without("scenarios/fee.yaml")
                .upload();
        assertThat(attempt.get("status")).isEqualTo("refused");
        assertThat((List<String>) attempt.get("messages")).anyMatch(m -> m.contains("no scenario"));
        as("ana").get("/api/services/unscenarioed-permit").then().statusCode(404);
    }

    private static void nothingIsLeftUnpacked() throws IOException {
        if (Files.exists(WORK_DIR)) {
            try (Stream<Path> left = Files.list(WORK_DIR)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void zipsWithEntriesOutsideTheBundleLinksOrTooMuchAreRefusedAndNothingIsLeftUnpacked() throws IOException {
        TestBundle bundle = TestBundle.version1("zipped-permit");
        byte[] drl = "package rules.permit\n".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> folders = new LinkedHashMap<>();
        for (int i = 0; i <= 2000; i++) {
            folders.put("bundle/folder" + i + "/", new byte[0]);
        }
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("an empty, . or .. segment: '..'", bundle.zip(Map.of("..", drl)));
        refused.put("an empty, . or .. segment: 'x/..'", bundle.zip(Map.of("x/..", drl)));
        refused.put("an empty, . or .. segment: 'bundle/../x.drl'", bundle.zip(Map.of("bundle/../x.drl", drl)));
        refused.put("an empty, . or .. segment: 'bundle/./x.drl'", bundle.zip(Map.of("bundle/./x.drl", drl)));
        refused.put("an empty, . or .. segment: 'bundle//x.drl'", bundle.zip(Map.of("bundle//x.drl", drl)));
        refused.put("an absolute path: '/etc/x.drl'", bundle.zip(Map.of("/etc/x.drl", drl)));
        refused.put("an absolute path: 'C:/x.drl'", bundle.zip(Map.of("C:/x.drl", drl)));
        refused.put("a backslash (zip paths use /): 'bundle\\..\\x.drl'", bundle.zip(Map.of("bundle\\..\\x.drl", drl)));
        refused.put(
                "a symbolic link, which a bundle may not: 'bundle/link.drl'",
                TestBundle.markedAsSymbolicLink(bundle.zip(Map.of("bundle/link.drl", drl)), "bundle/link.drl"));
        refused.put("more than 2000 entries", bundle.zip(folders));
        refused.put(
                "unpacks to more than 20 MB",
                bundle.zip(Map.of("bundle/big.drl", new byte[(int) BundleFiles.MAX_BYTES + 1])));
        refused.forEach((message, zip) -> as("configurator")
                .contentType("application/zip")
                .body(zip)
                .post("/api/rulesets")
                .then()
                .statusCode(400)
                .body("error", containsString(message)));
        nothingIsLeftUnpacked();

        assertThat(bundle.upload()).containsEntry("status", "activated");
        nothingIsLeftUnpacked();
        Map<String, Object> broken = bundle.with("rules.drl", "package rules.permit\nrule \"Broken\" when then")
                .upload();
        assertThat(broken).containsEntry("status", "refused");
        nothingIsLeftUnpacked();
    }

    @Test
    void theLimitsOfACatalogueApplyToTheFilesOfItsService() {
        TestBundle bundle = TestBundle.version1("limited-permit");
        bundle.with(
                "service.yaml",
                bundle.text("service.yaml")
                        + """
                limits: {maxLength: 10, maxEntries: 2}
                dataForms:
                  holder:
                    name: {en: Holder, es: Titular}
                    applicable: always
                    fields:
                      holderName: {label: {en: Name, es: Nombre}, type: text}
                      notes: {label: {en: Notes, es: Notas}, type: text, max: 40}
                      partners:
                        label: {en: Partners, es: Socios}
                        type: list
                        fields:
                          partner: {label: {en: Partner, es: Socio}, type: text}
                """);
        assertThat(bundle.upload()).containsEntry("status", "activated");
        String file = create("ana", "limited-permit");

        change("ana", file, 0, """
                {"dataForms.holderName": "Ana Pérez G"}""")
                .statusCode(400)
                .body("errors[0].path", equalTo("dataForms.holderName"))
                .body("errors[0].reason", equalTo("must have at most 10 characters"));
        change("ana", file, 0, """
                {"dataForms.partners[2].partner": "Luis"}""")
                .statusCode(400)
                .body("errors[0].path", equalTo("dataForms.partners[2].partner"))
                .body("errors[0].reason", containsString("holds at most 2 entries"));
        change(
                        "ana",
                        file,
                        0,
                        """
                {"dataForms.holderName": "Ana Pérez", "dataForms.notes": "a text of more than ten characters",
                 "dataForms.partners[1].partner": "Luis"}""")
                .statusCode(200)
                .body("version", equalTo(3));
    }

    @Test
    void brokenBundlesAreRefusedWithTheirMessagesAndTheOldVersionKeepsServing() {
        String version = (String) TestBundle.version1("broken-permit").upload().get("version");
        Map<String, String> broken = Map.of(
                "rules.drl",
                "package rules.permit\nrule \"Broken\" when Answer(name == \"isImporter\" then end\n",
                "service.yaml",
                TestBundle.version1("broken-permit").text("service.yaml").replace("costs: [fee]", "costs: [fees]"),
                "scenarios/fee.yaml",
                TestBundle.version1("broken-permit")
                        .text("scenarios/fee.yaml")
                        .replace("costs.total: 10", "costs.total: 11"),
                "loop.drl",
                """
                        package rules.permit
                        rule "Counts without end"
                        when
                            Computed(name == "n", $v : value)
                        then
                            insert(new Computed("n", ((BigDecimal) $v).add(BigDecimal.ONE)));
                        end
                        rule "Starts counting"
                        when
                            Answer(name == "isImporter")
                        then
                            insert(new Computed("n", BigDecimal.ZERO));
                        end
                        """);
        Map<String, String> expected = Map.of(
                "rules.drl", "rules.drl:2",
                "service.yaml", "refers to unknown cost 'fees'",
                "scenarios/fee.yaml", "costs.total: expected 11 but derived 10",
                "loop.drl", "'Counts without end' (loop.drl:2)");
        broken.forEach((path, content) -> {
            Map<String, Object> attempt =
                    TestBundle.version1("broken-permit").with(path, content).upload();
            assertThat(attempt.get("status")).as(path).isEqualTo("refused");
            assertThat((List<String>) attempt.get("messages"))
                    .as(path)
                    .anyMatch(message -> message.contains(expected.get(path)));
            as("ana").get("/api/services/broken-permit").then().statusCode(200).body("version", equalTo(version));
        });
        as("configurator")
                .get("/api/rulesets/attempts")
                .then()
                .statusCode(200)
                .body("findAll { it.serviceId == 'broken-permit' && it.status == 'refused' }.size()", equalTo(4));
    }

    @Test
    void draftFollowsTheNewVersionWhileASentFileKeepsItsOwn() {
        TestBundle.version1("changing-permit").upload();
        String draft = create("ana", "changing-permit");
        String sent = create("ana", "changing-permit");
        change("ana", sent, 0, "{\"guide.isImporter\": false, \"submissionForms.isAffidavitSigned\": true}")
                .statusCode(200);
        post("ana", sent, "send", null).statusCode(200);

        assertThat(TestBundle.version2("changing-permit").upload()).containsEntry("status", "activated");

        assertThat(requirements("ana", draft)).containsExactly("identity", "proofOfAddress");
        assertThat(requirements("ana", sent)).containsExactly("identity");
        as("ana").get("/api/files/" + sent).then().body("steps.review", equalTo("PENDING"));
    }

    @Test
    void sentFileMovesToTheNewVersionOnlyAfterAPreviewAndAConfirmation() {
        TestBundle.version1("migrating-permit").upload();
        String sent = create("ana", "migrating-permit");
        change("ana", sent, 0, "{\"guide.isImporter\": false, \"submissionForms.isAffidavitSigned\": true}")
                .statusCode(200);
        post("ana", sent, "send", null).statusCode(200);
        String v2 = (String) TestBundle.version2("migrating-permit").upload().get("version");

        as("ana").get("/api/files/migrations/migrating-permit").then().statusCode(403);
        as("configurator")
                .get("/api/files/migrations/migrating-permit")
                .then()
                .statusCode(200)
                .body("fileId", contains(sent))
                .body("[0].toVersion", equalTo(v2))
                .body("[0].changes.'requirements.applicable'.appear", contains("proofOfAddress"))
                .body("[0].changes.'processingSteps.applicable'.appear", contains("inspection"));
        assertThat(requirements("ana", sent)).containsExactly("identity");

        long version =
                as("ana").get("/api/files/" + sent).then().extract().jsonPath().getLong("version");
        as("configurator")
                .contentType("application/json")
                .body(Map.of("expectedVersion", version, "toVersion", v2))
                .post("/api/files/" + sent + "/migrate")
                .then()
                .statusCode(200);

        assertThat(requirements("ana", sent)).containsExactly("identity", "proofOfAddress");
        as("ana")
                .get("/api/files/" + sent)
                .then()
                .body("rulesetVersion", equalTo(v2))
                .body("steps.review", equalTo("PENDING"))
                .body("steps.inspection", equalTo("WAITING"));
        as("ana")
                .get("/api/files/" + sent + "/history?path=rulesetVersion")
                .then()
                .body("cause", contains("migration"))
                .body("user", contains("configurator"));
        as("configurator").get("/api/files/migrations/migrating-permit").then().body("size()", equalTo(0));
    }

    @Test
    void fileAtAMomentIsEvaluatedWithTheRulesItWasOnThen() {
        String v1 = (String) TestBundle.version1("history-permit").upload().get("version");
        String draft = create("ana", "history-permit");
        change("ana", draft, 0, "{\"guide.isImporter\": true}").statusCode(200);
        String moment = as("ana")
                .get("/api/files/" + draft + "/history")
                .then()
                .extract()
                .path("[0].at");
        String v2 = (String) TestBundle.version2("history-permit").upload().get("version");
        change("ana", draft, 1, "{\"guide.isImporter\": false}").statusCode(200);

        as("ana")
                .get("/api/files/" + draft + "?at=" + moment)
                .then()
                .statusCode(200)
                .body("derivation.rulesetVersion", equalTo(v1))
                .body("derivation.sets.'requirements.applicable'", contains("identity"))
                .body("derivation.total", equalTo(10));
        as("ana")
                .get("/api/files/" + draft)
                .then()
                .body("derivation.rulesetVersion", equalTo(v2))
                .body("derivation.sets.'requirements.applicable'", contains("identity", "proofOfAddress"));
    }

    @Test
    void rollBackRestoresTheOldBehaviour() {
        String first = (String) TestBundle.version1("rollback-permit").upload().get("version");
        TestBundle.version2("rollback-permit").upload();
        String draft = create("ana", "rollback-permit");
        assertThat(requirements("ana", draft)).containsExactly("identity", "proofOfAddress");

        as("configurator")
                .post("/api/rulesets/rollback-permit/versions/" + first + "/activate")
                .then()
                .statusCode(200)
                .body("status", equalTo("activated"));

        assertThat(requirements("ana", draft)).containsExactly("identity");
        as("configurator")
                .get("/api/rulesets/rollback-permit/activations")
                .then()
                .body("action", contains("upload", "upload", "rollback"));
        as("configurator")
                .post("/api/rulesets/rollback-permit/versions/nope/activate")
                .then()
                .statusCode(404);
    }

    @Test
    void retiredServiceTakesNoNewFilesButFilesInProgressGoOn() {
        TestBundle.version1("retired-permit").upload();
        String file = create("ana", "retired-permit");

        as("ana").post("/api/rulesets/retired-permit/retire").then().statusCode(403);
        as("configurator").post("/api/rulesets/retired-permit/retire").then().statusCode(204);

        as("ana")
                .contentType("application/json")
                .body("{\"serviceId\": \"retired-permit\"}")
                .post("/api/files")
                .then()
                .statusCode(400);
        change("ana", file, 0, "{\"guide.isImporter\": true}").statusCode(200);
        as("ana")
                .get("/api/services")
                .then()
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("retired-permit")));
    }

    /** Guides derived on several threads while a new version activates: none fails, each is wholly one version. */
    @Test
    void swapUnderLoadLosesNoRequestAndMixesNoVersions() throws Exception {
        String v1 = (String) TestBundle.version1("swap-permit").upload().get("version");
        String file = create("ana", "swap-permit");
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    var response = as("ana")
                            .get("/api/files/" + file + "/guide")
                            .then()
                            .extract();
                    if (response.statusCode() != 200) {
                        failures.add("status " + response.statusCode());
                        continue;
                    }
                    JsonPath guide = response.jsonPath();
                    String version = guide.getString("rulesetVersion");
                    List<String> requirements = guide.getList("sets.'requirements.applicable'", String.class);
                    boolean whole = version.equals(v1)
                            ? requirements.equals(List.of("identity"))
                            : requirements.equals(List.of("identity", "proofOfAddress"));
                    if (!whole) {
                        failures.add("version " + version + " with " + requirements);
                    }
                    seen.add(version);
                }
            });
            threads.add(thread);
            thread.start();
        }
        String v2 = (String) TestBundle.version2("swap-permit").upload().get("version");
        Thread.sleep(300);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).isEmpty();
        assertThat(seen).contains(v1, v2);
    }

    /** Another instance activates through the database; this one is told by NOTIFY and serves it within seconds. */
    @Test
    void activationByAnotherInstanceReachesThisOne() {
        TestBundle.version1("shared-permit").upload();
        BundleFiles second =
                BundleFiles.fromZip(TestBundle.version2("shared-permit").zip());
        Path dir = second.writeToTemporaryFolder(WORK_DIR);
        String version =
                new BundleCompiler().compile(dir).ruleSet().orElseThrow().version();
        BundleFiles.delete(dir);

        versions.storeAndActivate("shared-permit", version, second, "activate", "other-instance");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        String served = null;
        while (Instant.now().isBefore(deadline)) {
            served = as("ana")
                    .get("/api/services/shared-permit")
                    .then()
                    .extract()
                    .path("version");
            if (version.equals(served)) {
                break;
            }
        }
        assertThat(served).isEqualTo(version);
    }
}

package org.eregistrations.web.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.create;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.testing.TestBundle;
import org.junit.jupiter.api.Test;

/**
 * Live sessions are a cache, never the truth: several tabs of the same files (pages and API clients of one investor)
 * write and read at once while the rules of one service are swapped twice, and every answer — each change, each read,
 * each page — must show exactly what a fresh stateless derivation of the stored values at the answer's version gives.
 */
@QuarkusTest
class LiveAnswersTest {
    private static final Duration RUN = Duration.ofMillis(3000);

    @Inject
    PublishedServices services;

    @Inject
    ObjectMapper json;

    /** An answer of the server: the file, its version, the ruleset versions it may come from, and what it showed. */
    record Answer(
            String file, long version, Set<String> rulesets, JsonNode values, JsonNode derivation, LiveTab.Page page) {}

    @Test
    void everyAnswerIsAFreshDerivationOfTheStoredValuesAtItsVersion() throws Exception {
        String permit = "live-permit-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = (String) TestBundle.version1(permit).upload().get("version");
        String company =
                services.find("company-registration").orElseThrow().ruleSet().version();
        Map<String, String> files =
                Map.of(create("ana", permit), permit, create("ana", "company-registration"), "company-registration");
        Rulesets rulesets = new Rulesets(Map.of(permit, v1, "company-registration", company));
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (String file : files.keySet()) {
            threads.add(new Thread(() -> apiWriter(file, rulesets, files, answers, failures, running)));
            threads.add(new Thread(() -> apiReader(file, rulesets, files, answers, failures, running)));
            for (int tab = 0; tab < 2; tab++) {
                LiveTab page = new LiveTab(file, files.get(file).equals(permit));
                threads.add(new Thread(() -> page.run(rulesets, files, answers, failures, running)));
            }
        }
        threads.forEach(Thread::start);
        Thread.sleep(RUN.toMillis() / 3);
        String v2 = rulesets.swap(
                permit, () -> (String) TestBundle.version2(permit).upload().get("version"));
        Thread.sleep(RUN.toMillis() / 3);
        rulesets.swap(permit, () -> {
            as("configurator")
                    .post("/api/rulesets/" + permit + "/versions/" + v1 + "/activate")
                    .then()
                    .statusCode(200);
            return v1;
        });
        Thread.sleep(RUN.toMillis() / 3);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).isEmpty();
        assertThat(answers.stream().filter(a -> a.rulesets().equals(Set.of(v2))))
                .isNotEmpty();
        assertThat(answers.stream().filter(a -> a.page() != null)).hasSizeGreaterThan(10);
        Map<String, List<Map<String, Object>>> histories = new TreeMap<>();
        files.keySet().forEach(file -> histories.put(file, history(file)));
        Map<String, JsonNode> derived = new HashMap<>(); // by file, version and ruleset: answers share them
        for (Answer answer : answers) {
            Map<String, JsonNode> stored = valuesAt(histories.get(answer.file()), answer.version());
            String service = files.get(answer.file());
            if (answer.values() != null) {
                assertThat(json.convertValue(answer.values(), Map.class))
                        .as("values of %s at %d", service, answer.version())
                        .isEqualTo(json.convertValue(stored, Map.class));
            }
            List<String> fresh = new ArrayList<>();
            boolean matches = false;
            for (String ruleset : rulesets.candidates(service, answer.rulesets())) {
                JsonNode expected = derived.computeIfAbsent(
                        answer.file() + "@" + answer.version() + "@" + ruleset,
                        key -> asParsed(freshDerivation(service, ruleset, stored)));
                fresh.add(expected.toString());
                matches |= answer.page() != null
                        ? answer.page().shows(expected)
                        : answer.derivation().equals(expected);
            }
            assertThat(matches)
                    .as(
                            "%s at version %d showed %s; a fresh derivation gives %s",
                            service,
                            answer.version(),
                            answer.page() != null ? answer.page() : answer.derivation(),
                            fresh)
                    .isTrue();
        }
    }

    /** A value as the API's JSON reads back (numbers as written, not as Java types). */
    private JsonNode asParsed(Object value) {
        try {
            return json.readTree(json.writeValueAsString(value));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private DerivationView freshDerivation(String service, String ruleset, Map<String, JsonNode> values) {
        PublishedService version = services.findVersion(service, ruleset).orElseThrow();
        return DerivationView.of(
                version.ruleSet().deriveInFreshSession(new FileSchema(version.catalogue()).fileValues(values)));
    }

    private static List<Map<String, Object>> history(String file) {
        return as("ana")
                .get("/api/files/" + file + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    /** The stored values after the first {@code version} events, replayed from the history. */
    private Map<String, JsonNode> valuesAt(List<Map<String, Object>> events, long version) {
        Map<String, JsonNode> values = new TreeMap<>();
        for (Map<String, Object> event : events) {
            if (((Number) event.get("seq")).longValue() > version) {
                break;
            }
            String path = (String) event.get("path");
            if (Boolean.TRUE.equals(event.get("removed"))) {
                values.remove(path);
            } else {
                values.put(path, json.valueToTree(event.get("value")));
            }
        }
        return values;
    }

    private void apiWriter(
            String file,
            Rulesets rulesets,
            Map<String, String> files,
            ConcurrentLinkedQueue<Answer> answers,
            ConcurrentLinkedQueue<String> failures,
            AtomicBoolean running) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (running.get()) {
            long version = as("ana")
                    .get("/api/files/" + file)
                    .then()
                    .extract()
                    .jsonPath()
                    .getLong("version");
            Set<String> before = rulesets.serving(files.get(file));
            var response = as("ana")
                    .contentType("application/json")
                    .body(Map.of("expectedVersion", version, "values", LiveTab.randomAnswers(files.get(file), random)))
                    .patch("/api/files/" + file + "/values")
                    .then()
                    .extract();
            if (response.statusCode() == 409) {
                continue; // another tab wrote first: the API client is told, and reads again
            }
            record(file, response, rulesets.since(files.get(file), before), answers, failures);
        }
    }

    private void apiReader(
            String file,
            Rulesets rulesets,
            Map<String, String> files,
            ConcurrentLinkedQueue<Answer> answers,
            ConcurrentLinkedQueue<String> failures,
            AtomicBoolean running) {
        while (running.get()) {
            Set<String> before = rulesets.serving(files.get(file));
            var response = as("ana").get("/api/files/" + file).then().extract();
            record(file, response, rulesets.since(files.get(file), before), answers, failures);
        }
    }

    private void record(
            String file,
            io.restassured.response.ExtractableResponse<io.restassured.response.Response> response,
            Set<String> possible,
            ConcurrentLinkedQueue<Answer> answers,
            ConcurrentLinkedQueue<String> failures) {
        if (response.statusCode() != 200) {
            failures.add(file + ": " + response.statusCode() + " " + response.asString());
            return;
        }
        try {
            JsonNode view = json.readTree(response.asString());
            String ruleset = view.path("derivation").path("rulesetVersion").asText();
            if (!Rulesets.allows(possible, ruleset)) {
                failures.add(file + ": answered by ruleset " + ruleset + " while " + possible + " served");
            }
            answers.add(new Answer(
                    file,
                    view.path("version").asLong(),
                    Set.of(ruleset),
                    view.path("values"),
                    view.path("derivation"),
                    null));
        } catch (Exception e) {
            failures.add(file + ": " + e);
        }
    }
}

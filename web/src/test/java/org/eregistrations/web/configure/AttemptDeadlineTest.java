package org.eregistrations.web.configure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eregistrations.web.testing.TestBundle;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AttemptDeadlineTest.ShortDeadline.class)
class AttemptDeadlineTest {
    /** eregistrations.bundle-work-dir of the tests. */
    private static final Path WORK_DIR = Path.of("target/bundle-work");

    /**
     * A deadline the small test bundle meets many times over (it compiles and tests in well under a second) and the
     * slow one below misses many times over.
     */
    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("eregistrations.attempt-timeout", "5s");
        }
    }

    private static final int QUESTIONS = 10;

    /**
     * Version 2 with a rule that joins five answers over eleven answers (161 051 partial matches) and 1 000 scenarios
     * that each run it: allowed by the sandbox and within the firing limit, but many seconds of work. Every other
     * scenario answers none of the ten questions, so that a session derived by difference (the engine keeps a pool)
     * builds and drops the whole join each time instead of finding nothing changed.
     */
    private static TestBundle slowVersion2(String serviceId) {
        TestBundle bundle = TestBundle.version2(serviceId);
        String questions = IntStream.range(0, QUESTIONS)
                .mapToObj(i -> "  q%d: {label: {en: Q%d, es: P%d}, type: yesNo}\n".formatted(i, i, i))
                .collect(Collectors.joining());
        bundle.with("service.yaml", bundle.text("service.yaml").replace("questions:\n", "questions:\n" + questions));
        bundle.with(
                "join.drl",
                """
                package rules.permit
                rule "Five answers to one question make the fee"
                when
                    Answer($a : name)
                    Answer($b : name)
                    Answer($c : name)
                    Answer($d : name)
                    Answer($e : name)
                    Answer(name == $a, name == $b, name == $c, name == $d, name == $e)
                then
                    insertLogical(new Amount("fee", 10));
                end
                """);
        String allAnswers = IntStream.range(0, QUESTIONS)
                .mapToObj(i -> "q" + i + ": true")
                .collect(Collectors.joining(", ", "{isImporter: true, ", "}"));
        for (int i = 0; i < 1000; i++) {
            String answers = i % 2 == 0 ? allAnswers : "{isImporter: true}";
            bundle.with(
                    "scenarios/every-answer-" + i + ".yaml",
                    """
                    scenario: Every answer yes %d
                    given:
                      answers: %s
                    expect:
                      costs.total: 10
                    """
                            .formatted(i, answers));
        }
        return bundle;
    }

    @Test
    void anAttemptOverTheDeadlineIsRefusedAndTheNextOneActivates() {
        Map<String, Object> first = TestBundle.version1("slow-permit").upload();
        assertThat(first).containsEntry("status", "activated");

        Map<String, Object> slow = slowVersion2("slow-permit").upload();

        assertThat(slow).containsEntry("status", "refused");
        assertThat((List<String>) slow.get("messages"))
                .containsExactly("compiling the bundle and running its scenarios took longer than 5 s;"
                        + " refused (eregistrations.attempt-timeout)");
        as("ana")
                .get("/api/services/slow-permit")
                .then()
                .statusCode(200)
                .body("version", equalTo(first.get("version")));
        eventually("the bundle work folder is empty", AttemptDeadlineTest::nothingIsLeftUnpacked);
        eventually("the abandoned check stopped", () -> !checkRunning());

        Map<String, Object> next = TestBundle.version2("slow-permit").upload();

        assertThat(next).containsEntry("status", "activated");
        as("ana").get("/api/services/slow-permit").then().statusCode(200).body("version", equalTo(next.get("version")));
    }

    private static boolean nothingIsLeftUnpacked() {
        if (!Files.exists(WORK_DIR)) {
            return true;
        }
        try (Stream<Path> left = Files.list(WORK_DIR)) {
            return left.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a worker of the activation attempts is still compiling or testing (an idle one waits in the pool). */
    private static boolean checkRunning() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().equals("ruleset-check"))
                .flatMap(thread -> Arrays.stream(thread.getValue()))
                .anyMatch(frame -> frame.getClassName().startsWith("org.eregistrations."));
    }

    private static void eventually(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("after 5 s, still not: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}

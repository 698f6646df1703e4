package org.eregistrations.web.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.change;
import static org.eregistrations.web.testing.FileApi.create;
import static org.eregistrations.web.testing.FileApi.upload;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** {@code /q/metrics} in Prometheus' format, after the actions that produce each metric; only for allowed readers. */
@QuarkusTest
class MetricsTest {
    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of a sample, a line that starts with {@code series} (a metric name with some of its labels). */
    private static double sample(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + "[^\\n]* ([0-9.eE+-]+)$")
                .matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void uploadAndDerivationsAreTimedPerRouteAndService() {
        String file = create("ana", "trader-licence");
        change("ana", file, 0, "{\"guide.sellsFood\": false}").statusCode(200);
        upload("ana", file, "requirementUploads", "identity", FileApi.uniquePdf())
                .statusCode(200);
        as("ana").get("/api/files/" + file).then().statusCode(200);

        String metrics = metrics();
        assertThat(sample(
                        metrics,
                        "http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\","
                                + "uri=\"/api/files/{id}/documents/{namespace"))
                .isPositive();
        assertThat(sample(metrics, "eregistrations_derivations_seconds_count{kind=\"live\",service=\"trader-licence\""))
                .isPositive();
        assertThat(sample(
                        metrics,
                        "eregistrations_derivations_seconds_count{kind=\"stateless\",service=\"trader-licence\""))
                .isPositive();
        assertThat(sample(metrics, "eregistrations_events_appended_total{cause=\"change\""))
                .isPositive();
        assertThat(sample(metrics, "cache_size{cache=\"live-sessions\"")).isPositive();
        assertThat(sample(metrics, "cache_gets_total{cache=\"live-sessions\",result=\"hit\""))
                .isPositive();
        assertThat(metrics).contains("eregistrations_documents_stored_total{outcome=\"new\"");
    }

    @Test
    void staleChangeIsCountedAsAConflict() {
        String file = create("ana", "trader-licence");
        change("ana", file, 0, "{\"guide.sellsFood\": false}").statusCode(200);
        double before = sample(metrics(), "eregistrations_events_conflicts_total");

        change("ana", file, 0, "{\"guide.sellsFood\": true}").statusCode(409);

        assertThat(sample(metrics(), "eregistrations_events_conflicts_total")).isEqualTo(before + 1);
    }

    @Test
    void failedLoginIsCounted() {
        double before = sample(metrics(), "eregistrations_logins_failed_total{reason=\"wrong-credentials\"");

        given().auth()
                .preemptive()
                .basic(FileApi.nobody(), "not her password")
                .get("/api/files")
                .then()
                .statusCode(401);

        assertThat(sample(metrics(), "eregistrations_logins_failed_total{reason=\"wrong-credentials\""))
                .isEqualTo(before + 1);
    }

    @Test
    void sentMailIsCountedAndTheOutboxMeasured() throws InterruptedException {
        double before = sample(metrics(), "eregistrations_mails_total{kind=\"notification\",outcome=\"sent\"");

        FileApi.sentTraderLicence("luis");

        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (sample(metrics(), "eregistrations_mails_total{kind=\"notification\",outcome=\"sent\"") <= before
                && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        String metrics = metrics();
        assertThat(sample(metrics, "eregistrations_mails_total{kind=\"notification\",outcome=\"sent\""))
                .isGreaterThan(before);
        assertThat(metrics).containsPattern("(?m)^eregistrations_mails_queued [0-9.]+$");
    }

    @Test
    void ruleActivationsAreCountedWithTheirStages() {
        String metrics = metrics();
        // the tests' application published the shipped services at start, each one activation attempt
        assertThat(sample(metrics, "eregistrations_ruleset_attempts_total{outcome=\"activated\""))
                .isGreaterThanOrEqualTo(3);
        assertThat(sample(metrics, "eregistrations_ruleset_attempt_stages_seconds_count{stage=\"scenarios\""))
                .isGreaterThanOrEqualTo(3);
        assertThat(sample(metrics, "eregistrations_ruleset_attempt_stages_seconds_count{stage=\"compileAndValidate\""))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void metricsAreRefusedToARequestAProxyForwarded() {
        given().header("X-Forwarded-For", "203.0.113.7")
                .get("/q/metrics")
                .then()
                .statusCode(404);
    }

    @Test
    void addressesOutsideTheAllowedBlocksAreRefused() {
        AddressBlocks blocks = new AddressBlocks(List.of("10.1.0.0/16", "::1/128", "192.0.2.5"));

        assertThat(blocks.contains("10.1.200.3")).isTrue();
        assertThat(blocks.contains("10.2.0.1")).isFalse();
        assertThat(blocks.contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(blocks.contains("192.0.2.5")).isTrue();
        assertThat(blocks.contains("192.0.2.6")).isFalse();
        assertThat(blocks.contains("127.0.0.1")).isFalse();
        assertThat(blocks.contains("example.org")).isFalse();
    }
}

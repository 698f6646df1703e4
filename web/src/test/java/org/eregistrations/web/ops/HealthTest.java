package org.eregistrations.web.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.services.BundleFiles;
import org.eregistrations.web.services.RuleSetVersions;
import org.junit.jupiter.api.Test;

/** Liveness, and readiness: the database, every published service loaded, the embedded database's state. */
@QuarkusTest
class HealthTest {
    private static final String UNLOADABLE = "unloadable-service";

    @Inject
    RuleSetVersions versions;

    @Inject
    Sql sql;

    @Test
    void liveAndReadyWhenEveryServiceServes() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("published services"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'published services' }.data.'trader-licence'.length()", equalTo(12))
                .body("checks.find { it.name == 'embedded database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'embedded database' }.data.running", equalTo(true))
                .body("checks.find { it.name == 'embedded database' }.data.freeDiskMb", greaterThan(0));
    }

    @Test
    void notReadyWhileAnActiveVersionCannotBeLoadedAndReadyAgainWhenItIsGone() throws Exception {
        BundleFiles broken =
                new BundleFiles(Map.of("service.yaml", "id: [not a catalogue".getBytes(StandardCharsets.UTF_8)));
        versions.storeAndActivate(UNLOADABLE, "0".repeat(64), broken, "activate", "test");
        try {
            // the instance hears of the activation through LISTEN/NOTIFY, like one made on another node
            awaitReadiness(503);
            given().get("/q/health/ready")
                    .then()
                    .body("status", equalTo("DOWN"))
                    .body(
                            "checks.find { it.name == 'published services' }.data.'" + UNLOADABLE + "'",
                            startsWith("version 000000000000 cannot be loaded"))
                    .body("checks.find { it.name == 'published services' }.status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            sql.update("delete from ruleset_activation where service_id = ?", UNLOADABLE);
            sql.update("delete from ruleset_version where service_id = ?", UNLOADABLE);
            sql.update("select pg_notify('ruleset_activated', ?)", UNLOADABLE);
        }
        awaitReadiness(200);
    }

    private static void awaitReadiness(int status) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (given().get("/q/health/ready").statusCode() != status
                && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        given().get("/q/health/ready").then().statusCode(status);
    }
}

package org.eregistrations.web.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eregistrations.web.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application processes on one PostgreSQL: Quarkus starts the packaged application, this test a second one with
 * an empty rules folder. The second serves the versions the database says are active, and an activation on the first
 * reaches it within seconds.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TwoInstancesIT {
    private static Process second;
    private static int secondPort;

    @BeforeAll
    static void startSecondInstance() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            secondPort = socket.getLocalPort();
        }
        Path emptyRules = Files.createTempDirectory("no-rules");
        Path log = Files.createTempFile("second-instance", ".log");
        second = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.datasource.jdbc.url=" + EmbeddedPostgresResource.jdbcUrl(),
                        "-Dquarkus.datasource.username=postgres",
                        "-Dquarkus.datasource.password=postgres",
                        "-Dquarkus.http.port=" + secondPort,
                        "-Deregistrations.rules-dir=" + emptyRules,
                        "-Deregistrations.blob-dir=" + emptyRules.resolve("blobs"),
                        "-jar",
                        "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        waitFor(
                () -> status("/api/services") == 200,
                Duration.ofSeconds(60),
                "the second instance to start; see " + log);
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        if (second != null) {
            second.destroy();
            second.waitFor();
        }
    }

    @Test
    void instanceStartedLaterServesTheActiveVersionsFromTheDatabaseNotItsFolder() {
        List<String> first =
                given().get("/api/services").then().statusCode(200).extract().path("version");
        List<String> other = given().port(secondPort)
                .get("/api/services")
                .then()
                .statusCode(200)
                .extract()
                .path("version");

        assertThat(other).isNotEmpty().containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void activationOnOneInstanceReachesTheOther() throws Exception {
        String before = version(RestAssured.port);
        given().auth()
                .preemptive()
                .basic("configurator", "configurator")
                .contentType("application/zip")
                .body(zipOf(Path.of("../rules/trader-licence"), "// changed on the first instance\n"))
                .post("/api/rulesets")
                .then()
                .statusCode(202);
        waitFor(
                () -> !before.equals(version(RestAssured.port)),
                Duration.ofSeconds(60),
                "the first instance to" + " activate the new version");
        String activated = version(RestAssured.port);

        // the issue asks for "a couple of seconds"; the bound leaves room for a loaded 2-core CI machine
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline) && !activated.equals(version(secondPort))) {
            Thread.sleep(50);
        }
        assertThat(version(secondPort)).isEqualTo(activated);
    }

    private static String version(int port) {
        return given().port(port)
                .get("/api/services/trader-licence")
                .then()
                .extract()
                .path("version");
    }

    private static int status(String path) {
        try {
            return given().port(secondPort).get(path).then().extract().statusCode();
        } catch (Exception e) {
            // RestAssured rethrows the refused connection of a server still starting without declaring it
            return -1;
        }
    }

    private static void waitFor(Supplier<Boolean> condition, Duration timeout, String what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static byte[] zipOf(Path bundle, String extraRule) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> files = Files.walk(bundle)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = bundle.relativize(file).toString().replace(File.separatorChar, '/');
                zip.putNextEntry(new ZipEntry(path));
                byte[] content = Files.readAllBytes(file);
                zip.write(content);
                if (path.equals("rules.drl")) {
                    zip.write(extraRule.getBytes());
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

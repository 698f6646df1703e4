package org.eregistrations.web.cluster;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eregistrations.benchmarks.GeneratedBundle;
import org.eregistrations.web.testing.EmbeddedPostgresResource;
import org.eregistrations.web.testing.FileApi;
import org.eregistrations.web.testing.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application processes on one PostgreSQL: Quarkus starts the packaged application, this test a second one with
 * an empty rules folder and a blob folder of its own. The second serves the versions the database says are active, an
 * activation on the first reaches it within seconds, a document uploaded through one downloads from the other, the
 * second is not ready while its database is unreachable, and stopping it lets its request in flight and its activation
 * under way finish.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {
    private static Process second;
    private static int secondPort;
    /** Between the second instance and the database, so a test can make the database unreachable for it alone. */
    private static TcpProxy database;

    @BeforeAll
    static void startSecondInstance() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            secondPort = socket.getLocalPort();
        }
        URI jdbc = URI.create(EmbeddedPostgresResource.jdbcUrl().substring("jdbc:".length()));
        database = new TcpProxy(jdbc.getPort());
        Path emptyRules = Files.createTempDirectory("no-rules");
        Path log = Files.createTempFile("second-instance", ".log");
        second = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.datasource.jdbc.url="
                                + EmbeddedPostgresResource.jdbcUrl()
                                        .replace(":" + jdbc.getPort() + "/", ":" + database.port() + "/"),
                        "-Dquarkus.datasource.username=postgres",
                        "-Dquarkus.datasource.password=postgres",
                        "-Dquarkus.http.port=" + secondPort,
                        "-Deregistrations.rules-dir=" + emptyRules,
                        "-Deregistrations.blob-dir=" + emptyRules.resolve("blobs"),
                        // the demo accounts the first instance created may log in here too
                        "-Deregistrations.accounts.demo=true",
                        "-Deregistrations.accounts.dev-mail=true",
                        "-Dquarkus.mailer.mock=true",
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
        if (database != null) {
            database.close();
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

    @Test
    void documentUploadedThroughOneInstanceDownloadsFromTheOther() {
        byte[] pdf = FileApi.uniquePdf();
        String file = FileApi.create("ana", "trader-licence");
        FileApi.upload("ana", file, "requirementUploads", "identity", pdf).statusCode(200);

        byte[] downloaded = FileApi.as("ana")
                .port(secondPort)
                .get("/api/files/" + file + "/documents/requirementUploads/identity")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        assertThat(downloaded).isEqualTo(pdf);
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void notReadyWhileTheDatabaseIsUnreachableAndReadyAgainAfter() throws Exception {
        String file = FileApi.create("ana", "trader-licence");
        given().port(secondPort).get("/q/health/ready").then().statusCode(200);
        database.cut();
        try {
            waitFor(() -> statusOfReadiness() == 503, Duration.ofSeconds(30), "the second instance to be not ready");
            given().port(secondPort)
                    .get("/q/health/ready")
                    .then()
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
            given().port(secondPort).get("/q/health/live").then().statusCode(200);
        } finally {
            database.restore();
        }
        waitFor(() -> statusOfReadiness() == 200, Duration.ofSeconds(30), "the second instance to be ready again");
        FileApi.as("ana").port(secondPort).get("/api/files/" + file).then().statusCode(200);
    }

    private static int statusOfReadiness() {
        return given().port(secondPort).get("/q/health/ready").statusCode();
    }

    /** Runs last: it stops the second instance. */
    @Test
    @Order(Integer.MAX_VALUE)
    void stopLetsTheRequestInFlightAndTheActivationUnderWayFinish() throws Exception {
        String file = FileApi.create("ana", "trader-licence");
        byte[] body = "{\"expectedVersion\": 0, \"values\": {\"guide.sellsFood\": false}}".getBytes(UTF_8);
        try (Socket socket = new Socket("localhost", secondPort)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            // the request's head arrives, its body only after the instance was told to stop
            out.write(("PATCH /api/files/" + file + "/values HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: Basic " + Base64.getEncoder().encodeToString("ana:ana".getBytes(UTF_8))
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(UTF_8));
            out.flush();
            // a service of 1 000 rules: its compile and scenarios take seconds, well past the stop
            String attempt = given().port(secondPort)
                    .auth()
                    .preemptive()
                    .basic("configurator", "configurator")
                    .contentType("application/zip")
                    .body(zipOf(GeneratedBundle.write(1000, 0, Files.createTempDirectory("g1000")), ""))
                    .post("/api/rulesets")
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("id");
            Thread.sleep(200);
            second.destroy();
            Thread.sleep(300);
            out.write(body);
            out.flush();

            String answer = new String(socket.getInputStream().readAllBytes(), UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(second.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(FileApi.version("ana", file)).isEqualTo(1);
            given().auth()
                    .preemptive()
                    .basic("configurator", "configurator")
                    .get("/api/rulesets/attempts/" + attempt)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("activated"));
        }
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

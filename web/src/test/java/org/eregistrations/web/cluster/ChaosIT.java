package org.eregistrations.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eregistrations.web.testing.AppProcess;
import org.eregistrations.web.testing.RestartableDatabase;
import org.junit.jupiter.api.Test;

/**
 * Faults under load (DESIGN.md §8): two nodes on one PostgreSQL, 20 investors filling and sending trader licences and
 * officers approving them, while a changed bundle is activated, a broken one refused, PostgreSQL stopped and started
 * again, and one node killed and started again. Afterwards every acknowledged write is in the event log exactly once,
 * the projection equals the log's replay for every file, no request failed with a 5xx outside the database's down
 * window, the ones inside it were 503s and none hung, both nodes served again within seconds of the database's return,
 * and every read showed what its rule set version derives. The figures are printed (docs/benchmarks.md keeps them).
 */
class ChaosIT {
    private static final Duration START = Duration.ofSeconds(90);
    /**
     * How long a request may take while the database is down before it counts as hung (a connection is waited for 5 s,
     * then the answer is 503). Elsewhere latencies are printed, not asserted: a node restarted under full load on two
     * cores answers its first requests in seconds.
     */
    private static final long HUNG_MILLIS = 10_000;
    /** How soon after the database's return both nodes must serve again. */
    private static final long RECOVERY_MILLIS = 10_000;

    @Test
    void acknowledgedWritesSurviveARestartedDatabaseAKilledNodeAndRuleChanges() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "chaos"));
        Files.deleteIfExists(logs.resolve("first.log"));
        Files.deleteIfExists(logs.resolve("second.log"));
        Path noRules = Files.createTempDirectory("no-rules");
        try (RestartableDatabase database = RestartableDatabase.start();
                AppProcess first = AppProcess.of(
                        database.jdbcUrl(),
                        Path.of("../rules").toAbsolutePath(),
                        logs.resolve("first.log"),
                        List.of());
                AppProcess second = AppProcess.of(database.jdbcUrl(), noRules, logs.resolve("second.log"), List.of())) {
            first.start(START);
            try (Connection connection = database.connect()) {
                assertThat(MixedWorkload.addAccounts(connection, 20, 2)).isEqualTo(22);
            }
            second.start(START);
            Calls calls = new Calls();
            MixedWorkload workload = new MixedWorkload(calls, first.port(), second.port());
            workload.logInEveryone(20, 2);
            long t0 = System.nanoTime();
            workload.start(20, 2);
            Thread.sleep(6_000);

            // a changed bundle goes live under load, and a broken one is refused
            assertThat(activate(
                            calls,
                            first.port(),
                            traderLicence(
                                    drl -> drl.replace("Amount(\"licenceFee\", 50)", "Amount(\"licenceFee\", 60)"),
                                    scenario -> scenario.replace("licenceFee: 50}", "licenceFee: 60}")
                                            .replace("costs.total: 50", "costs.total: 60"))))
                    .isEqualTo("activated");
            assertThat(activate(
                            calls,
                            first.port(),
                            traderLicence(drl -> drl + "\nrule \"broken\" when then x(;\nend\n", scenario -> scenario)))
                    .isEqualTo("refused");
            Thread.sleep(3_000);

            // the database stops for 8 s and comes back
            System.out.println("database stopped at " + java.time.Instant.now());
            long down = System.nanoTime();
            database.stop();
            Thread.sleep(8_000);
            database.startAgain();
            long back = System.nanoTime();
            while ((!first.ready() || !second.ready()) && millis(back, System.nanoTime()) < 60_000) {
                Thread.sleep(50);
            }
            long recovered = System.nanoTime();
            Thread.sleep(5_000);

            // a node is killed and started again
            System.out.println("node killed at " + java.time.Instant.now());
            long killed = System.nanoTime();
            second.kill();
            second.start(START);
            long restarted = System.nanoTime();
            Thread.sleep(8_000);
            workload.stop();
            long end = System.nanoTime();

            List<Calls.Call> all = calls.all();
            Figures figures = new Figures(all, t0, down, back, recovered, killed, restarted, end);
            System.out.println(figures.report(workload.acks().size()));

            assertThat(millis(back, recovered))
                    .as("both nodes ready after the database's return")
                    .isLessThan(RECOVERY_MILLIS);
            assertThat(figures.serverErrorsOutsideDownWindow())
                    .as("5xx outside the database's down window")
                    .isEmpty();
            assertThat(figures.notUnavailableInsideDownWindow())
                    .as("answers other than 503 failing inside it")
                    .isEmpty();
            assertThat(figures.hungInDownWindow(HUNG_MILLIS))
                    .as("requests that hung while the database was down")
                    .isEmpty();
            assertThat(workload.inconsistentReads())
                    .as("reads mixing rule set versions")
                    .isEmpty();
            assertThat(workload.feeByVersion().values()).contains("new 50", "new 60");
            assertThat(workload.acks()).hasSizeGreaterThan(100);
            try (Connection connection = database.connect()) {
                assertThat(missingOrTwice(connection, workload.acks()))
                        .as("acknowledged writes not stored once")
                        .isEmpty();
                assertThat(projectionDiffersFromReplay(connection))
                        .as("files whose projection is not the log's replay")
                        .isEqualTo(0);
                assertThat(versionDiffersFromLog(connection))
                        .as("files whose version is not their last event")
                        .isEqualTo(0);
            }
        }
    }

    /** Uploads a bundle and waits for its attempt's outcome. */
    private static String activate(Calls calls, int port, byte[] zip) throws InterruptedException {
        Calls.Answer submitted = calls.zip("activate", port, "configurator", zip);
        assertThat(submitted.status()).isEqualTo(202);
        String attempt = "/api/rulesets/attempts/" + submitted.json().get("id").asText();
        for (int i = 0; i < 600; i++) {
            Calls.Answer outcome = calls.get("attempt", port, "configurator", attempt);
            if (outcome.ok() && !"pending".equals(outcome.json().get("status").asText())) {
                return outcome.json().get("status").asText();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("attempt still pending after 60 s");
    }

    /** The shipped trader licence bundle, its rules and scenario changed, as a zip. */
    private static byte[] traderLicence(UnaryOperator<String> drl, UnaryOperator<String> scenario) throws IOException {
        Path bundle = Path.of("../rules/trader-licence");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> files = Files.walk(bundle)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = bundle.relativize(file).toString().replace(File.separatorChar, '/');
                byte[] content = Files.readAllBytes(file);
                if (path.equals("rules.drl")) {
                    content = drl.apply(new String(content)).getBytes();
                } else if (path.equals("scenarios/licence.yaml")) {
                    content = scenario.apply(new String(content)).getBytes();
                }
                zip.putNextEntry(new ZipEntry(path));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The acknowledged writes not in the database exactly once (creations: the file; changes: the event). */
    private static List<String> missingOrTwice(Connection connection, List<MixedWorkload.Ack> acks)
            throws SQLException {
        Map<String, Long> stored = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select f.id, (select count(*) from file_event e where e.file_id = f.id and e.seq = ?)"
                        + " from file f where f.id = ?::uuid")) {
            List<String> wrong = new java.util.ArrayList<>();
            for (MixedWorkload.Ack ack : acks) {
                query.setLong(1, ack.seq());
                query.setString(2, ack.file());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        wrong.add(ack + ": no such file");
                    } else if (ack.seq() > 0 && row.getLong(2) != 1) {
                        wrong.add(ack + ": " + row.getLong(2) + " events");
                    }
                }
                stored.merge(ack.kind(), 1L, Long::sum);
            }
            System.out.println("acknowledged writes checked: " + stored);
            return wrong;
        }
    }

    /** How many files' current properties differ from the last value of each path in their event log. */
    private static long projectionDiffersFromReplay(Connection connection) throws SQLException {
        return count(
                connection,
                """
                with replay as (
                    select distinct on (file_id, path) file_id, path, value, removed
                    from file_event order by file_id, path, seq desc)
                select count(distinct file_id) from (
                    (select file_id, path, value from replay where not removed
                     except select file_id, path, value from file_property)
                    union all
                    (select file_id, path, value from file_property
                     except select file_id, path, value from replay where not removed)) differing
                """);
    }

    private static long versionDiffersFromLog(Connection connection) throws SQLException {
        return count(
                connection,
                """
                select count(*) from file f
                where f.version <> coalesce((select max(seq) from file_event e where e.file_id = f.id), 0)
                """);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}

package org.eregistrations.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.supervise.WorkingClocks;
import org.eregistrations.web.testing.DecidedFiles;
import org.junit.jupiter.api.Test;

/**
 * A decision taken while the clocks are being rebuilt is timed on the clocks as they were; the rebuild finds it before
 * it commits and reads it again, so no decision stays timed on an old build.
 */
@QuarkusTest
class DecisionTimesTest {
    @Inject
    DataSource database;

    @Inject
    WorkingClocks clocks;

    @Inject
    LocalTimes times;

    @Test
    void aDecisionTakenDuringARebuildIsReadAgainBeforeItCommits() throws Exception {
        List<UUID> files = DecidedFiles.insert(
                database,
                6,
                2013,
                LocalDate.of(2013, 1, 1).atStartOfDay(times.zone()).toInstant());
        try (Connection officer = database.getConnection();
                Connection watcher = database.getConnection()) {
            officer.setAutoCommit(false);
            long event = decideAgain(officer, files);
            CompletableFuture<Void> rebuild;
            try {
                try (Statement hours = watcher.createStatement()) {
                    hours.executeUpdate("insert into working_hours (institution, weekday, starts, ends)"
                            + " values ('trade', 6, '09:00', '13:00')");
                }
                rebuild = CompletableFuture.runAsync(clocks::rebuild);
                waitUntilTheRebuildWaitsForTheDecision(watcher);
                officer.commit(); // the decision, timed on the clocks as they were
                rebuild.get(60, TimeUnit.SECONDS);
                try (PreparedStatement read = watcher.prepareStatement(
                        "select d.generation = clock_generation(), d.clock, d.pending = s.pending"
                                + " from decision_time d, decision_seconds(d.file_id, d.step, d.event_id, d.at, d.clock) s"
                                + " where d.event_id = ?")) {
                    read.setLong(1, event);
                    try (ResultSet row = read.executeQuery()) {
                        assertThat(row.next()).as("the decision is timed").isTrue();
                        assertThat(row.getBoolean(1)).as("on the current build").isTrue();
                        assertThat(row.getString(2)).as("on trade's own clock").isEqualTo("trade");
                        assertThat(row.getBoolean(3))
                                .as("its seconds on that clock")
                                .isTrue();
                    }
                }
            } finally {
                try (Statement undo = watcher.createStatement()) {
                    undo.executeUpdate("delete from working_hours where institution = 'trade'");
                }
                clocks.rebuild();
            }
        }
    }

    /** Approves again the review of a generated trader licence (inserted, not committed); the event's id. */
    private static long decideAgain(Connection officer, List<UUID> files) throws Exception {
        try (PreparedStatement insert = officer.prepareStatement(
                "insert into file_event (file_id, seq, path, value, removed, at, user_id, session_id, cause)"
                        + " select f.id, (select max(seq) + 1 from file_event e where e.file_id = f.id),"
                        + " 'steps.review.decision', '{\"decision\": \"approve\"}', false,"
                        + " (select max(at) + interval '1 day' from file_event e where e.file_id = f.id),"
                        + " 'rc-ana', 'test', 'lifecycle'"
                        + " from file f where f.id = any(?) and f.service_id = 'trader-licence' limit 1"
                        + " returning id")) {
            insert.setArray(1, officer.createArrayOf("uuid", files.toArray()));
            try (ResultSet id = insert.executeQuery()) {
                assertThat(id.next()).isTrue();
                return id.getLong(1);
            }
        }
    }

    private static void waitUntilTheRebuildWaitsForTheDecision(Connection watcher) throws Exception {
        for (int tries = 0; tries < 600; tries++) {
            try (Statement look = watcher.createStatement();
                    ResultSet waiting = look.executeQuery("select count(*) from pg_locks"
                            + " where not granted and relation = 'decision_time'::regclass")) {
                waiting.next();
                if (waiting.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the rebuild never waited for the decision being taken");
    }
}

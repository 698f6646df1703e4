package org.eregistrations.web.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eregistrations.web.store.Actor;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Figures of the event store on the embedded PostgreSQL (docs/benchmarks.md). Not part of the normal build: run with
 * {@code ./mvnw -B -pl web -am test -Dtest=EventStoreBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes {@code web/target/benchmarks/event-store.txt}.
 */
@QuarkusTest
@Tag("benchmark")
class EventStoreBenchmark {
    private static final Logger LOG = Logger.getLogger(EventStoreBenchmark.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Actor BENCH = new Actor("bench", "bench-session");
    private static final int PATHS = 50;

    @Inject
    FileStore store;

    @Inject
    AgroalDataSource dataSource;

    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        line(
                "event store on embedded PostgreSQL 17, %s, %d cores",
                Instant.now(), Runtime.getRuntime().availableProcessors());
        for (int batch : new int[] {1, 50}) {
            int events = batch == 1 ? 3_000 : 30_000;
            appendStore(batch, events / 10);
            double store = appendStore(batch, events);
            double raw = appendRaw(batch, events);
            line(
                    "append, batches of %2d: store %,9.0f events/s   raw JDBC batch %,9.0f events/s   store/raw %.2f",
                    batch, store, raw, store / raw);
        }
        for (int size : new int[] {100, 10_000, 100_000}) {
            UUID file = fileWithEvents(size);
            Instant middle = momentOf(file, size / 2);
            double current = medianMillis(() -> store.readCurrent(file), 30);
            double at = medianMillis(() -> store.readAt(file, middle), 30);
            line(
                    "read, file of %,7d events: current %8.3f ms   at a moment %8.3f ms   at/current %.1f",
                    size, current, at, at / current);
        }
        Path out = Path.of("target/benchmarks/event-store.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private double appendStore(int batch, int events) {
        UUID file = store.createFile("bench", "bench").id;
        long version = 0;
        long start = System.nanoTime();
        for (int done = 0; done < events; done += batch) {
            List<PropertyChange> changes = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                changes.add(new PropertyChange("dataForms.f" + ((done + i) % PATHS), JSON.numberNode(done + i)));
            }
            version = store.appendChanges(file, version, changes, BENCH, "bench", "change");
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    /** The same rows into the same table with plain JDBC batches, one transaction per batch, no projection. */
    private double appendRaw(int batch, int events) throws SQLException {
        UUID file = store.createFile("bench", "bench").id;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(insertEvent())) {
                for (int done = 0; done < events; done += batch) {
                    Timestamp at = Timestamp.from(Instant.now());
                    for (int i = 0; i < batch; i++) {
                        bind(insert, file, done + i + 1, at);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    private UUID fileWithEvents(int size) throws SQLException {
        UUID file = store.createFile("bench", "bench").id;
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(insertEvent())) {
                for (int seq = 1; seq <= size; seq++) {
                    bind(insert, file, seq, Timestamp.from(base.plusMillis(seq)));
                    insert.addBatch();
                    if (seq % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement project = connection.prepareStatement(
                    "insert into file_property (file_id, path, value, seq, changed_at) select distinct on (path) file_id,"
                            + " path, value, seq, at from file_event where file_id = ? order by path, seq desc")) {
                project.setObject(1, file);
                project.executeUpdate();
            }
            try (PreparedStatement version = connection.prepareStatement("update file set version = ? where id = ?")) {
                version.setLong(1, size);
                version.setObject(2, file);
                version.executeUpdate();
            }
            connection.commit();
        }
        return file;
    }

    private static Instant momentOf(UUID file, int seq) {
        return Instant.parse("2026-01-01T00:00:00Z").plusMillis(seq);
    }

    private static String insertEvent() {
        return "insert into file_event (file_id, seq, path, value, removed, at, user_id, session_id, ruleset_version,"
                + " cause) values (?, ?, ?, ?::jsonb, false, ?, 'bench', 'bench-session', 'bench', 'change')";
    }

    private static void bind(PreparedStatement insert, UUID file, long seq, Timestamp at) throws SQLException {
        insert.setObject(1, file);
        insert.setLong(2, seq);
        insert.setString(3, "dataForms.f" + (seq % PATHS));
        insert.setString(4, Long.toString(seq));
        insert.setTimestamp(5, at);
    }

    private static double medianMillis(Runnable read, int times) {
        for (int i = 0; i < 5; i++) {
            read.run();
        }
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            read.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[times / 2];
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        LOG.info(text);
    }
}

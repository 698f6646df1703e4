package org.eregistrations.web.configure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.MigrationService;
import org.jboss.logging.Logger;

/**
 * Bulk migrations: a configurator's selection of files moved to the active version one by one, off the request, each
 * file in its own transaction and its own migration event. The run's progress is kept in {@code migration_run}, so
 * the progress page reads it from any node. Runs go one at a time; a file that cannot be moved (changed meanwhile,
 * no longer on another version) is counted and said why, and the others go on.
 */
@ApplicationScoped
public class MigrationRuns {
    private static final Logger LOG = Logger.getLogger(MigrationRuns.class);
    private static final int MAX_PROBLEMS = 100;

    private final Sql sql;
    private final MigrationService migrations;
    private final ObjectMapper json;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "migration-runs");
        thread.setDaemon(true);
        return thread;
    });

    MigrationRuns(Sql sql, MigrationService migrations, ObjectMapper json) {
        this.sql = sql;
        this.migrations = migrations;
        this.json = json;
    }

    /** A run as its progress page shows it. */
    public record Run(
            UUID id,
            String serviceId,
            String toVersion,
            int total,
            int done,
            int failed,
            List<String> problems,
            Instant startedAt,
            Instant finishedAt,
            String by) {
        public boolean finished() {
            return finishedAt != null;
        }

        public int processed() {
            return done + failed;
        }

        public int percent() {
            return total == 0 ? 100 : (done + failed) * 100 / total;
        }
    }

    /** Starts moving the files to a version; their order is kept. */
    UUID start(String serviceId, String toVersion, List<UUID> files, Caller caller) {
        UUID id = UUID.randomUUID();
        sql.update(
                "insert into migration_run (id, service_id, to_version, total, started_at, by_user)"
                        + " values (?, ?, ?, ?, ?, ?)",
                id,
                serviceId,
                toVersion,
                files.size(),
                Instant.now(),
                caller.user());
        runner.submit(() -> run(id, toVersion, List.copyOf(files), caller));
        return id;
    }

    Optional<Run> read(UUID id) {
        return sql.one(
                "select id, service_id, to_version, total, done, failed, problems, started_at, finished_at, by_user"
                        + " from migration_run where id = ?",
                row -> new Run(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getString(3),
                        row.getInt(4),
                        row.getInt(5),
                        row.getInt(6),
                        problems(row.getString(7)),
                        row.getTimestamp(8).toInstant(),
                        row.getTimestamp(9) == null ? null : row.getTimestamp(9).toInstant(),
                        row.getString(10)),
                id);
    }

    void stop(@Observes ShutdownEvent event) {
        runner.shutdownNow();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(UUID id, String toVersion, List<UUID> files, Caller caller) {
        int done = 0;
        int failed = 0;
        List<String> problems = new ArrayList<>();
        try {
            for (UUID file : files) {
                if (Thread.currentThread().isInterrupted()) {
                    problems.add("the instance stopped before the run ended");
                    break;
                }
                try {
                    migrations.migrateNow(file, toVersion, caller);
                    done++;
                } catch (RuntimeException e) {
                    failed++;
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(file + ": " + e.getMessage());
                    }
                }
                progress(id, done, failed, problems, false);
            }
        } finally {
            progress(id, done, failed, problems, true);
            LOG.infof("migration run %s by %s: %d moved, %d not", id, caller.user(), done, failed);
        }
    }

    private void progress(UUID id, int done, int failed, List<String> problems, boolean finished) {
        sql.update(
                "update migration_run set done = ?, failed = ?, problems = ?::jsonb,"
                        + " finished_at = case when ? then ? else finished_at end where id = ?",
                done,
                failed,
                write(problems),
                finished,
                Instant.now(),
                id);
    }

    private String write(List<String> problems) {
        try {
            return json.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> problems(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored problems are unreadable", e);
        }
    }
}

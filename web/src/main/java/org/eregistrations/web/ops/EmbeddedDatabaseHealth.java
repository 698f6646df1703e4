package org.eregistrations.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.db.Sql;

/**
 * The embedded PostgreSQL of the default run (started by the application's main): whether it answers, the size of
 * its database and the free space on its data folder's disk; not ready below {@value #MIN_FREE_MB} MB, since
 * PostgreSQL stops when its disk is full. With {@code DB_URL} it only says none runs.
 */
@Readiness
@ApplicationScoped
class EmbeddedDatabaseHealth implements HealthCheck {
    static final long MIN_FREE_MB = 100;

    private final Optional<String> dataDir;
    private final Sql sql;

    EmbeddedDatabaseHealth(AppConfig config, Sql sql) {
        this.dataDir = config.embeddedDatabase();
        this.sql = sql;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("embedded database");
        if (dataDir.isEmpty()) {
            return response.up().withData("running", false).build();
        }
        response.withData("running", true);
        try {
            long databaseBytes = sql.one("select pg_database_size(current_database())", row -> row.getLong(1))
                    .orElseThrow();
            long freeMb = Files.getFileStore(Path.of(dataDir.get())).getUsableSpace() / (1024 * 1024);
            return response.withData("databaseMb", databaseBytes / (1024 * 1024))
                    .withData("freeDiskMb", freeMb)
                    .status(freeMb >= MIN_FREE_MB)
                    .build();
        } catch (IOException | RuntimeException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}

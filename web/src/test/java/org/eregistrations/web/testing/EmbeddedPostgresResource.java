package org.eregistrations.web.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eregistrations.web.EmbeddedDatabase;

/** A throwaway embedded PostgreSQL for the tests, one for the whole run. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private static volatile String jdbcUrl;
    private EmbeddedDatabase database;

    /** The database's URL, for a test that starts a second application process on it. */
    public static String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public Map<String, String> start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("eregistrations-test-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = EmbeddedDatabase.start(dataDir, true);
        jdbcUrl = database.jdbcUrl();
        Map<String, String> config = new HashMap<>(database.datasourceConfig());
        // as the application's main says of the default run's embedded database (its readiness check reports it)
        config.put("eregistrations.embedded-database", dataDir.toString());
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}

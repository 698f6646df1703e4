package org.eregistrations.web.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
        try {
            database = EmbeddedDatabase.start(Files.createTempDirectory("eregistrations-test-db"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbcUrl = database.jdbcUrl();
        return database.datasourceConfig();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}

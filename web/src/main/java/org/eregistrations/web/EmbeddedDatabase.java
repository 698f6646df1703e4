package org.eregistrations.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL started from the JVM, for the default run and the tests: nothing to install or start by hand. Its
 * data lives in a folder and survives restarts unless {@code throwaway}.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on a free port with its data in {@code dataDir}; a throwaway one starts empty. */
    public static EmbeddedDatabase start(Path dataDir, boolean throwaway) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(throwaway)
                    .setServerConfig("fsync", throwaway ? "off" : "on")
                    .setServerConfig("max_connections", "100")
                    // a throwaway database (the tests') keeps statement statistics for the benchmarks to report
                    .setServerConfig("shared_preload_libraries", throwaway ? "pg_stat_statements" : "")
                    // the default run stops it itself, after the application (EmbeddedDatabaseStop): a JVM hook of
                    // its own would stop it beside the application's stop, under requests still finishing
                    .setRegisterShutdownHook(throwaway)
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The Quarkus datasource settings that point at this database. */
    public Map<String, String> datasourceConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

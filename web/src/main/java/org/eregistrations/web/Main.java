package org.eregistrations.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts the application. Without {@code DB_URL} (or the Quarkus key {@code quarkus.datasource.jdbc.url}, as a system
 * property or {@code QUARKUS_DATASOURCE_JDBC_URL}) it first starts an embedded
 * PostgreSQL whose data lives in {@code DATA_DIR} (default {@code ./data}) and survives restarts.
 */
@QuarkusMain
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class);

    private static EmbeddedDatabase embedded;

    private Main() {}

    public static void main(String... args) {
        if (setting("DB_URL", "quarkus.datasource.jdbc.url") == null
                && setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url") == null) {
            Path dataDir = Path.of(defaulted(setting("DATA_DIR", "eregistrations.data-dir"), "data"));
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false);
            database.datasourceConfig().forEach(System::setProperty);
            // the readiness check reports its state and the free space of this folder's disk
            System.setProperty(
                    "eregistrations.embedded-database", dataDir.toAbsolutePath().toString());
            // the default run: demo accounts may log in (never with a database given by DB_URL)
            System.setProperty("eregistrations.accounts.demo", "true");
            // and mail is not sent but logged and shown on /dev/mail
            System.setProperty("eregistrations.accounts.dev-mail", "true");
            System.setProperty("quarkus.mailer.mock", "true");
            // stopped last when the application stops (EmbeddedDatabaseStop), not by a JVM hook of its own, which
            // would run beside Quarkus' stop and end the database under the requests and activation still finishing
            embedded = database;
            LOG.infof("no DB_URL given: started the embedded PostgreSQL with its data in %s", dataDir.toAbsolutePath());
        }
        try {
            Quarkus.run(args);
        } finally {
            stopEmbeddedDatabase();
        }
    }

    /** Stops the embedded database of the default run, if one was started and runs; later calls do nothing. */
    static synchronized void stopEmbeddedDatabase() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    private static String setting(String environmentVariable, String systemProperty) {
        String value = System.getenv(environmentVariable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(systemProperty);
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String defaulted(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}

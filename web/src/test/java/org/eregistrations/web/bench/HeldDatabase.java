package org.eregistrations.web.bench;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * With {@code -D<property>=SECONDS}, a benchmark keeps its database up that long, its address logged, so that its plans
 * can be read ({@code psql}, {@code explain analyze}).
 */
final class HeldDatabase {
    private static final Logger LOG = Logger.getLogger(HeldDatabase.class);

    private HeldDatabase() {}

    static void hold(String property) throws InterruptedException {
        int seconds = Integer.getInteger(property, 0);
        if (seconds > 0) {
            LOG.infof(
                    "holding the database for %d s: %s",
                    seconds, ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
            Thread.sleep(seconds * 1000L);
        }
    }
}

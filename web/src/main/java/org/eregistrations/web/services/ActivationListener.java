package org.eregistrations.web.services;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL for activations made by any instance ({@code LISTEN ruleset_activated}) and hands the
 * service id to the registry, which serves the version the database says is active. Reconnects after a failure, and
 * then reloads every service, since notifications sent while it was not listening are lost.
 */
final class ActivationListener implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ActivationListener.class);
    private static final int POLL_MILLIS = 500;

    private final AgroalDataSource dataSource;
    private final Consumer<String> onActivation;
    private final Runnable onListening;
    private final Thread thread;
    private volatile boolean running = true;

    ActivationListener(AgroalDataSource dataSource, Consumer<String> onActivation, Runnable onListening) {
        this.dataSource = dataSource;
        this.onActivation = onActivation;
        this.onListening = onListening;
        this.thread = new Thread(this::listen, "ruleset-activation-listener");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("listen ruleset_activated");
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // what was activated before LISTEN took effect (or while reconnecting) was not notified to us
                onListening.run();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            handle(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("activation listener lost its connection, reconnecting: %s", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void handle(String serviceId) {
        try {
            onActivation.accept(serviceId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not serve the version activated for %s", serviceId);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}

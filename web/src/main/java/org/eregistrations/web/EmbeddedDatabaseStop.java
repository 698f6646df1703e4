package org.eregistrations.web;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Stops the default run's embedded database after everything else that stops with the application: the requests in
 * flight, the activation under way and the mail sender still use it.
 */
@ApplicationScoped
class EmbeddedDatabaseStop {
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) ShutdownEvent event) {
        Main.stopEmbeddedDatabase();
    }
}

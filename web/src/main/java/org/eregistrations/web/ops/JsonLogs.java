package org.eregistrations.web.ops;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * With {@code eregistrations.operations.json-logs}, the console writes each log line as JSON ({@link
 * JsonLogFormatter}) from the moment the application starts; the lines of Quarkus' own start before it stay text.
 */
@ApplicationScoped
class JsonLogs {
    private final boolean enabled;

    JsonLogs(OpsConfig config) {
        this.enabled = config.jsonLogs();
    }

    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (enabled) {
            Formatter json = new JsonLogFormatter();
            for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
                useOnConsole(handler, json);
            }
        }
    }

    static void useOnConsole(Handler handler, Formatter formatter) {
        if (handler instanceof ConsoleHandler) {
            handler.setFormatter(formatter);
        }
        if (handler instanceof ExtHandler nested) {
            for (Handler child : nested.getHandlers()) {
                useOnConsole(child, formatter);
            }
        }
    }
}

package org.eregistrations.web.ops;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eregistrations.web.site.SecurityHeaders;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, put in the log context ({@code requestId}: every log line written for the request
 * carries it) and in the answer's {@code X-Request-Id}. A proxy's id in {@code X-Request-Id} is kept when it is a
 * plain token, so the proxy's log and ours name a request alike.
 */
@ApplicationScoped
class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(SecurityHeaders.ORDER + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && PLAIN_TOKEN.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        MDC.put(LOG_KEY, id);
        context.response().putHeader(HEADER, id);
        context.addEndHandler(ignored -> MDC.remove(LOG_KEY));
        context.next();
    }
}

package org.eregistrations.web.ops;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eregistrations.web.site.SecurityHeaders;

/**
 * Who may read {@code /q/metrics}: a peer within {@code eregistrations.operations.metrics-from} (this machine by
 * default) that no proxy forwarded; everyone else gets 404, as if there were none. The metrics hold counts and
 * timings by route template and service, never a file's data, but they tell how the instance is used.
 */
@ApplicationScoped
class MetricsAccess {
    private static final String[] FORWARDING_HEADERS = {
        "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP", "X-Client-IP"
    };

    private final AddressBlocks allowed;

    MetricsAccess(OpsConfig config) {
        this.allowed = new AddressBlocks(config.metricsFrom());
    }

    void install(@Observes Router router) {
        router.route("/q/metrics*").order(SecurityHeaders.ORDER + 2).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (allows(context)) {
            context.next();
        } else {
            context.response().setStatusCode(404).end();
        }
    }

    private boolean allows(RoutingContext context) {
        for (String header : FORWARDING_HEADERS) {
            if (context.request().headers().contains(header)) {
                return false;
            }
        }
        return context.request().remoteAddress() != null
                && allowed.contains(context.request().remoteAddress().hostAddress());
    }
}

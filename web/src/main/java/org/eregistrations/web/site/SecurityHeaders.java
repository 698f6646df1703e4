package org.eregistrations.web.site;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers every answer carries, set just before its headers are written so that answers the application never
 * sees (404 of an unknown path, 413 of a body over the limit, Swagger UI, static files) have them too: a content
 * security policy, {@code nosniff}, no framing; and {@code Cache-Control: no-store} on the JSON API. An answer that
 * sets its own policy or caching (a document download) keeps it.
 */
@ApplicationScoped
public class SecurityHeaders {
    /** Scripts, styles and images only from this site; no framing; forms only to this site. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
    /** Swagger UI starts itself with an inline script and inline styles; still nothing from other sites. */
    static final String SWAGGER_UI_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** Before every other route, also Quarkus' own (body limit, authentication, static files). */
    public static final int ORDER = Integer.MIN_VALUE;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> add(context.response().headers(), path));
        context.next();
    }

    static void add(MultiMap headers, String path) {
        setIfAbsent(headers, "Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_UI_CSP : CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "X-Frame-Options", "DENY"); // a document shown inside the officer's page says SAMEORIGIN
        setIfAbsent(headers, "Referrer-Policy", "same-origin");
        if (path.startsWith("/api/")) {
            setIfAbsent(headers, "Cache-Control", "no-store");
        }
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}

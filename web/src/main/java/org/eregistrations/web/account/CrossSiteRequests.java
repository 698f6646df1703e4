package org.eregistrations.web.account;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eregistrations.web.site.SecurityHeaders;

/**
 * Refuses a change to the JSON API that a browser sends on behalf of another site. A browser keeps HTTP Basic
 * credentials and sends them with requests other sites' pages start; such a request carries {@code Sec-Fetch-Site}
 * (or at least {@code Origin}), which a page cannot forge. Clients that are not browsers send neither and are heard.
 * The check runs before the credentials are, so a refused request does not count as a failed login either.
 */
@ApplicationScoped
public class CrossSiteRequests {
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String ownOrigin;

    CrossSiteRequests(AccountsConfig config) {
        this.ownOrigin = origin(config.baseUrl());
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(SecurityHeaders.ORDER + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        var request = context.request();
        if (!READS.contains(request.method())
                && refused(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), ownOrigin)) {
            context.response()
                    .setStatusCode(403)
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("error", "a change requested by another site's page is refused")
                            .encode());
            return;
        }
        context.next();
    }

    /**
     * Whether a change is refused: the browser says it comes from another site ({@code Sec-Fetch-Site} other than
     * {@code same-origin} or {@code none}, typed by the user), or, from a browser that does not say so, its
     * {@code Origin} is not this application's.
     */
    static boolean refused(String fetchSite, String origin, String ownOrigin) {
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        return origin != null && !origin.strip().equalsIgnoreCase(ownOrigin);
    }

    /** scheme://host[:port] of an address, as a browser writes it in {@code Origin}. */
    static String origin(String address) {
        URI uri = URI.create(address.strip());
        int port = uri.getPort();
        boolean defaultPort = port == -1
                || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
                || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()));
        return (uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port)).toLowerCase(Locale.ROOT);
    }
}

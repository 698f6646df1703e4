package org.eregistrations.web.site;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eregistrations.web.AppConfig;

/**
 * Answers a request whose body is over the HTTP limit ({@code quarkus.http.limits.max-body-size}) before any of it is
 * read, as Quarkus would, but with something to read: a page that says the file is too large and leads back to the
 * documents or payments page, or for the JSON API an error object. Quarkus' own answer would be an empty 413.
 */
@ApplicationScoped
public class TooLargeRequests {
    private static final Pattern UPLOAD_PAGE = Pattern.compile("^(/files/[0-9a-fA-F-]{36}/(documents|payments))/");
    /** Before Quarkus' own check of the body limit, after the security headers. */
    private static final int ORDER = Integer.MIN_VALUE + 2;

    private final long maxBodyBytes;
    private final long maxUploadBytes;

    TooLargeRequests(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, AppConfig config) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxUploadBytes = config.maxUploadBytes();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (declaredLength(context.request().getHeader("Content-Length")) <= maxBodyBytes) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        var response = context.response()
                .setStatusCode(413)
                .putHeader("Connection", "close")
                .putHeader("Cache-Control", "no-store");
        response.endHandler(ignored -> context.request().connection().close());
        if (path.startsWith("/api/")) {
            response.putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("error", "the request body is larger than " + maxBodyBytes + " bytes")
                            .encode());
            return;
        }
        Language language = language(context);
        String page = ErrorPages.Templates.tooLarge(
                        new PageInfo(language.code(), null, List.of(), "", path),
                        (maxUploadBytes / (1024 * 1024)) + " MB",
                        back(path))
                .setLocale(language.locale())
                .render();
        response.putHeader("Content-Type", "text/html;charset=UTF-8").end(page);
    }

    /** The page the upload was sent from, else the start page. */
    static String back(String path) {
        Matcher upload = UPLOAD_PAGE.matcher(path);
        return upload.find() ? upload.group(1) : "/";
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Language language(RoutingContext context) {
        var cookie = context.request().getCookie(Language.COOKIE);
        if (cookie != null && Language.SUPPORTED.contains(cookie.getValue())) {
            return new Language(cookie.getValue());
        }
        return Language.negotiate(context.request().getHeader("Accept-Language"));
    }
}

package org.eregistrations.web.site;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.AppConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request body larger than {@code eregistrations.max-request-bytes} before it is read: 413, as JSON on the
 * API and as a page elsewhere. Document uploads (multipart) have their own limit, {@code eregistrations.max-upload-bytes},
 * and bundle zips theirs (what they unpack to, {@code BundleFiles}); both are also within the HTTP limit.
 * A body without a length (chunked) is refused with 411, since its size could only be known by reading it.
 */
public class RequestBodyLimit {
    private static final MediaType ZIP = new MediaType("application", "zip");

    private final long maxRequestBytes;
    private final Pages pages;
    private final Visit visit;

    RequestBodyLimit(AppConfig config, Pages pages, Visit visit) {
        this.maxRequestBytes = config.maxRequestBytes();
        this.pages = pages;
        this.visit = visit;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limitBody(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && (type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) || type.isCompatible(ZIP))) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            boolean chunked = "chunked".equalsIgnoreCase(request.getHeaderString("Transfer-Encoding"));
            return chunked ? refuse(request, 411, "the request body needs a Content-Length") : null;
        }
        try {
            if (Long.parseLong(length.trim()) <= maxRequestBytes) {
                return null;
            }
        } catch (NumberFormatException e) {
            return refuse(request, 400, "the Content-Length is not a number");
        }
        return refuse(request, 413, "the request body is larger than " + maxRequestBytes + " bytes");
    }

    private Response refuse(ContainerRequestContext request, int status, String error) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", error))
                    .build();
        }
        // this runs on the event loop, before the body is read: the page is rendered without looking up the login
        PageInfo page = new PageInfo(visit.language().code(), null, List.of(), "", visit.path());
        return pages.html(ErrorPages.Templates.error(page, "error_body_title", "error_body_text"), status);
    }
}

package org.eregistrations.web.site;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Turns rendered templates and redirects into responses with the visit's cookies and no caching of private pages (the
 * security headers every answer carries are set by {@link org.eregistrations.web.site.SecurityHeaders}).
 */
@ApplicationScoped
public class Pages {
    private final Visit visit;

    Pages(Visit visit) {
        this.visit = visit;
    }

    public Response html(TemplateInstance page) {
        return html(page, 200);
    }

    public Response html(TemplateInstance page, int status) {
        return respond(page.setLocale(visit.locale()).render(), status);
    }

    /** A part of a page for htmx, with more parts it picks by id (out of band), e.g. the file's tabs. */
    public Response html(TemplateInstance part, TemplateInstance... more) {
        StringBuilder body = new StringBuilder(part.setLocale(visit.locale()).render());
        for (TemplateInstance other : more) {
            body.append(other.setLocale(visit.locale()).render());
        }
        return respond(body.toString(), 200);
    }

    private Response respond(String body, int status) {
        Response.ResponseBuilder response = Response.status(status)
                .entity(body)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store");
        visit.cookies().forEach(response::cookie);
        return response.build();
    }

    /**
     * 303 See Other: after a form post the browser loads the next page with GET. The location stays a path of this
     * site: JAX-RS would make it absolute with the request's {@code Host}, which the client chooses.
     */
    public Response redirect(String location) {
        Response.ResponseBuilder response =
                Response.status(Response.Status.SEE_OTHER).header("Location", location);
        visit.cookies().forEach(response::cookie);
        return response.build();
    }
}

package org.eregistrations.web.page;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Turns rendered templates and redirects into responses with the visit's cookies and no caching of private pages. */
@ApplicationScoped
public class Pages {
    /** Scripts, styles and images only from this site; no framing; forms only to this site. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

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
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", CSP);
        visit.cookies().forEach(response::cookie);
        return response.build();
    }

    /** 303 See Other: after a form post the browser loads the next page with GET. */
    public Response redirect(String location) {
        Response.ResponseBuilder response = Response.seeOther(URI.create(location));
        visit.cookies().forEach(response::cookie);
        return response.build();
    }
}

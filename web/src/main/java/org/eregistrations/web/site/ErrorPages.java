package org.eregistrations.web.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/** How the pages answer a redirect, a refused form and a page that does not exist. */
public class ErrorPages {
    private final Pages pages;
    private final Visit visit;

    ErrorPages(Pages pages, Visit visit) {
        this.pages = pages;
        this.visit = visit;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageInfo page, String titleKey, String textKey);

        /** A request body over the HTTP limit: the largest file and the page to go back to. */
        static native TemplateInstance tooLarge(PageInfo page, String max, String back);
    }

    @ServerExceptionMapper
    public Response redirect(PageRedirect redirect) {
        return pages.redirect(redirect.location());
    }

    @ServerExceptionMapper
    public Response csrf(CsrfRefusedException refused) {
        return pages.html(Templates.error(visit.info(), "error_csrf_title", "error_csrf_text"), 403);
    }

    @ServerExceptionMapper
    public Response conflict(PageConflictException conflict) {
        return pages.html(Templates.error(visit.info(), "error_conflict_title", "error_conflict_text"), 409);
    }

    /** A multipart body a browser would not send (a broken boundary, a file name with line breaks): 400, not 500. */
    @ServerExceptionMapper
    public Response malformed(MultipartParser.MalformedMessageException malformed) {
        if (visit.path().startsWith("/api/")) {
            return Response.status(400)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "the multipart body is malformed"))
                    .build();
        }
        return pages.html(Templates.error(visit.info(), "error_malformed_title", "error_malformed_text"), 400);
    }

    @ServerExceptionMapper
    public Response malformedForm(MalformedFormException malformed) {
        return pages.html(Templates.error(visit.info(), "error_malformed_title", "error_malformed_text"), 400);
    }

    @ServerExceptionMapper
    public Response notFound(PageNotFoundException notFound) {
        return pages.html(Templates.error(visit.info(), "error_notfound_title", "error_notfound_text"), 404);
    }
}

package org.eregistrations.web.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

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

    @ServerExceptionMapper
    public Response notFound(PageNotFoundException notFound) {
        return pages.html(Templates.error(visit.info(), "error_notfound_title", "error_notfound_text"), 404);
    }
}

package org.eregistrations.web.partb;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the officers' pages answer a refused request: a page saying why, with the way back. */
public class RefusalPages {
    private final Pages pages;
    private final Visit visit;

    RefusalPages(Pages pages, Visit visit) {
        this.pages = pages;
        this.visit = visit;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(
                PageInfo page, String titleKey, String textKey, String back, String holder);
    }

    @ServerExceptionMapper
    public Response refused(WorkRefusedException refused) {
        return pages.html(
                Templates.refused(
                        visit.info(), refused.titleKey(), refused.textKey(), refused.back(), refused.holder()),
                refused.status());
    }
}

package org.eregistrations.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the user administration pages answer a refused request: a page saying why, with the way back. */
public class AdminRefusals {
    private final Pages pages;
    private final Visit visit;

    AdminRefusals(Pages pages, Visit visit) {
        this.pages = pages;
        this.visit = visit;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(PageInfo page, String textKey, boolean administrator);
    }

    @ServerExceptionMapper
    public Response refused(AdminRefusedException refused) {
        boolean administrator = !"admin_refused_not_admin".equals(refused.textKey());
        return pages.html(Templates.refused(visit.info(), refused.textKey(), administrator), refused.status());
    }
}

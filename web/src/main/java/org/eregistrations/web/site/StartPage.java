package org.eregistrations.web.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eregistrations.web.services.PublishedServices;

/** The start page: what the platform is for and the services it publishes, in the visitor's language. */
@Path("/")
public class StartPage {
    private final PublishedServices services;
    private final Visit visit;
    private final Pages pages;

    StartPage(PublishedServices services, Visit visit, Pages pages) {
        this.services = services;
        this.visit = visit;
        this.pages = pages;
    }

    /** A service as the start page lists it. */
    public record ServiceItem(String id, String name) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(PageInfo page, List<ServiceItem> services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response showStart() {
        String lang = visit.language().code();
        List<ServiceItem> items = services.all().stream()
                .filter(service -> !service.retired())
                .map(service -> new ServiceItem(
                        service.catalogue().id(), service.catalogue().name().in(lang)))
                .toList();
        return pages.html(Templates.start(visit.info(), items));
    }
}

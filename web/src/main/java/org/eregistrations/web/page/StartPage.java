package org.eregistrations.web.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eregistrations.web.service.PublishedServices;

/** The start page: what the platform is for and the services it publishes, in the visitor's language. */
@Path("/")
public class StartPage {
    private final PublishedServices services;

    StartPage(PublishedServices services) {
        this.services = services;
    }

    /** A service as the start page lists it. */
    public record ServiceItem(String id, String name) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<ServiceItem> services, String lang);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response showStart(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Language language = Language.of(lang, headers);
        List<ServiceItem> items = services.all().stream()
                .map(service -> new ServiceItem(
                        service.catalogue().id(), service.catalogue().name().in(language.code())))
                .toList();
        TemplateInstance page = Templates.start(items, language.code()).setLocale(language.locale());
        Response.ResponseBuilder response = Response.ok(page.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (lang != null && Language.SUPPORTED.contains(lang)) {
            response.cookie(language.cookie());
        }
        return response.build();
    }
}

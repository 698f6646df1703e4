package org.eregistrations.web.configure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.services.RuleSetVersions;
import org.eregistrations.web.services.RuleSetVersions.Activation;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The configurators' start: each published service with its active version (hash, when, by whom, how), its files by
 * status, and retiring it (no new files; files in progress go on) after a confirmation.
 */
@Path("/configure")
@Produces(MediaType.TEXT_HTML)
public class ServicesPage {
    private final Configurators configurators;
    private final PublishedServices services;
    private final RuleSetVersions versions;
    private final ServiceFigures figures;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    ServicesPage(
            Configurators configurators,
            PublishedServices services,
            RuleSetVersions versions,
            ServiceFigures figures,
            LocalTimes times,
            Visit visit,
            Pages pages) {
        this.configurators = configurators;
        this.services = services;
        this.versions = versions;
        this.figures = figures;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** A service as the list shows it. */
    public record Row(
            String id,
            String name,
            boolean retired,
            String version,
            String activatedAt,
            String activatedBy,
            String action,
            List<Count> files) {
        public String shortVersion() {
            return Versions.shortened(version);
        }
    }

    /** How many files a service has in one status. */
    public record Count(String status, long files) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance services(PageInfo page, List<Row> services, String done);

        static native TemplateInstance retire(PageInfo page, Row service, boolean unconfirmed);
    }

    @GET
    public Response list(@QueryParam("done") String done) {
        configurators.configurator();
        Map<String, Map<String, Long>> files = figures.filesByStatus();
        List<Row> rows = new ArrayList<>();
        for (String id : versions.readActiveVersions().keySet()) {
            services.find(id).ifPresent(service -> rows.add(row(service, files.getOrDefault(id, Map.of()))));
        }
        rows.sort((a, b) -> a.id().compareTo(b.id()));
        String notice = "retired".equals(done) ? done : null;
        return pages.html(Templates.services(visit.info(), rows, notice));
    }

    @GET
    @Path("retire/{serviceId}")
    public Response confirmRetire(@PathParam("serviceId") String serviceId) {
        configurators.configurator();
        return pages.html(Templates.retire(visit.info(), active(serviceId), false));
    }

    @POST
    @Path("retire/{serviceId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retire(
            @PathParam("serviceId") String serviceId,
            @RestForm String confirm,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller caller = configurators.configurator();
        Row service = active(serviceId);
        if (!"yes".equals(confirm)) {
            return pages.html(Templates.retire(visit.info(), service, true), 400);
        }
        services.retire(serviceId, caller.user());
        configurators.logAction(caller, "retired", serviceId);
        return pages.redirect("/configure?done=retired");
    }

    /** A service that is published and not retired; a 404 otherwise. */
    private Row active(String serviceId) {
        return services.find(serviceId)
                .filter(service -> !service.retired())
                .map(service -> row(service, Map.of()))
                .orElseThrow(PageNotFoundException::new);
    }

    private Row row(PublishedService service, Map<String, Long> files) {
        String id = service.catalogue().id();
        Optional<Activation> last = versions.readActivations(id).stream().reduce((first, second) -> second);
        List<Count> counts = new ArrayList<>();
        for (FileStatus status : FileStatus.values()) {
            long count = files.getOrDefault(status.name(), 0L);
            if (count > 0) {
                counts.add(new Count(status.name(), count));
            }
        }
        return new Row(
                id,
                service.catalogue().name().in(visit.language().code()),
                service.retired(),
                service.ruleSet().version(),
                last.map(a -> times.minute(a.at())).orElse(""),
                last.map(Activation::by).orElse(""),
                last.map(Activation::action).orElse(""),
                counts);
    }
}

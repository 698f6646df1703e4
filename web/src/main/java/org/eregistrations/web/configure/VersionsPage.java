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
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.services.ActivationGate;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.services.RuleSetVersions;
import org.eregistrations.web.services.RuleSetVersions.Activation;
import org.eregistrations.web.services.RuleSetVersions.Attempt;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The versions of a service: every version stored (activated once, or checked and waiting to be tried), the history of
 * activations (who, when, how), its latest attempts, the differences of any two versions, and activating a stored
 * version — a rollback, or a tried version going live — after a confirmation.
 */
@Path("/configure/services/{serviceId}")
@Produces(MediaType.TEXT_HTML)
public class VersionsPage {
    private final Configurators configurators;
    private final PublishedServices services;
    private final RuleSetVersions versions;
    private final ActivationGate gate;
    private final VersionDiff diff;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    VersionsPage(
            Configurators configurators,
            PublishedServices services,
            RuleSetVersions versions,
            ActivationGate gate,
            VersionDiff diff,
            LocalTimes times,
            Visit visit,
            Pages pages) {
        this.configurators = configurators;
        this.services = services;
        this.versions = versions;
        this.gate = gate;
        this.diff = diff;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** The service the page is about. */
    public record Service(String id, String name, String version, boolean retired) {
        public String shortVersion() {
            return Versions.shortened(version);
        }
    }

    /** A stored version: whether it serves now and whether it ever did. */
    public record Version(String version, String storedAt, String storedBy, boolean active, boolean everActive) {
        public String shortVersion() {
            return Versions.shortened(version);
        }
    }

    /** An activation as the history shows it. */
    public record Activated(String at, String by, String action, String version) {
        public String shortVersion() {
            return Versions.shortened(version);
        }
    }

    /** An attempt in the list of a service's latest. */
    public record Tried(String id, String at, String by, String source, String status, String version) {
        public String shortVersion() {
            return Versions.shortened(version);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance versions(
                PageInfo page, Service service, List<Version> versions, List<Activated> history, List<Tried> attempts);

        static native TemplateInstance activate(PageInfo page, Service service, Version version, boolean unconfirmed);

        static native TemplateInstance diff(PageInfo page, Service service, VersionDiff.Differences differences);
    }

    @GET
    public Response show(@PathParam("serviceId") String serviceId) {
        configurators.configurator();
        Service service = service(serviceId);
        List<Activation> activations = versions.readActivations(serviceId);
        Set<String> everActive = activations.stream()
                .map(Activation::version)
                .filter(v -> v != null)
                .collect(Collectors.toSet());
        List<Version> stored = versions.readVersions(serviceId).stream()
                .map(v -> new Version(
                        v.version(),
                        times.minute(v.storedAt()),
                        v.storedBy(),
                        !service.retired() && v.version().equals(service.version()),
                        everActive.contains(v.version())))
                .toList();
        List<Activation> newestFirst = new ArrayList<>(activations);
        Collections.reverse(newestFirst);
        List<Activated> history = newestFirst.stream()
                .map(a -> new Activated(times.minute(a.at()), a.by(), a.action(), a.version()))
                .toList();
        List<Tried> attempts = gate.recentAttempts(serviceId).stream()
                .map(a ->
                        new Tried(a.id().toString(), times.minute(a.at()), a.by(), a.source(), a.status(), a.version()))
                .toList();
        return pages.html(Templates.versions(visit.info(), service, stored, history, attempts));
    }

    @GET
    @Path("diff")
    public Response diff(
            @PathParam("serviceId") String serviceId, @QueryParam("from") String from, @QueryParam("to") String to) {
        configurators.configurator();
        Service service = service(serviceId);
        if (!Versions.named(from) || !Versions.named(to)) {
            return pages.redirect("/configure/services/" + serviceId);
        }
        VersionDiff.Differences differences = diff.compare(serviceId, from, to).orElseThrow(PageNotFoundException::new);
        return pages.html(Templates.diff(visit.info(), service, differences));
    }

    @GET
    @Path("versions/{version}/activate")
    public Response confirmActivate(@PathParam("serviceId") String serviceId, @PathParam("version") String version) {
        configurators.configurator();
        Service service = service(serviceId);
        return pages.html(Templates.activate(visit.info(), service, stored(service, version), false));
    }

    @POST
    @Path("versions/{version}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(
            @PathParam("serviceId") String serviceId,
            @PathParam("version") String version,
            @RestForm String confirm,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller caller = configurators.configurator();
        Service service = service(serviceId);
        Version stored = stored(service, version);
        if (!"yes".equals(confirm)) {
            return pages.html(Templates.activate(visit.info(), service, stored, true), 400);
        }
        Attempt attempt = gate.activateStored(serviceId, version, caller.user());
        configurators.logAction(caller, "activated", serviceId, version, attempt.status());
        return pages.redirect("/configure/attempts/" + attempt.id());
    }

    private Service service(String serviceId) {
        PublishedService service =
                Versions.named(serviceId) ? services.find(serviceId).orElseThrow(PageNotFoundException::new) : null;
        if (service == null) {
            throw new PageNotFoundException();
        }
        return new Service(
                serviceId,
                service.catalogue().name().in(visit.language().code()),
                service.ruleSet().version(),
                service.retired());
    }

    private Version stored(Service service, String version) {
        return versions.readVersions(service.id()).stream()
                .filter(v -> v.version().equals(version))
                .findFirst()
                .map(v -> new Version(
                        v.version(),
                        times.minute(v.storedAt()),
                        v.storedBy(),
                        !service.retired() && v.version().equals(service.version()),
                        false))
                .orElseThrow(PageNotFoundException::new);
    }
}

package org.eregistrations.web.configure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.services.ActivationGate;
import org.eregistrations.web.services.BundleFiles;
import org.eregistrations.web.services.RuleSetVersions.Attempt;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Every change tried, from the watched folder or an upload: the latest attempts, uploading a bundle zip (to check only,
 * so it can be tried first, or to activate when it passes), and one attempt with its stage timings, its {@code
 * file:line} messages and each scenario with what it expected and what the rules derived.
 */
@Path("/configure/attempts")
@Produces(MediaType.TEXT_HTML)
public class AttemptsPage {
    private final Configurators configurators;
    private final ActivationGate gate;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    AttemptsPage(Configurators configurators, ActivationGate gate, LocalTimes times, Visit visit, Pages pages) {
        this.configurators = configurators;
        this.gate = gate;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** An attempt as the pages show it. */
    public record Shown(
            String id,
            String at,
            String by,
            String source,
            String status,
            String serviceId,
            String version,
            List<String> messages,
            Map<String, Long> timings,
            List<ScenarioLines.Scenario> scenarios) {
        public String shortVersion() {
            return Versions.shortened(version);
        }

        public boolean pending() {
            return "pending".equals(status);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attempts(PageInfo page, List<Shown> attempts, String problem);

        static native TemplateInstance attempt(PageInfo page, Shown attempt);
    }

    @GET
    public Response list() {
        configurators.configurator();
        return listPage(null, 200);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @RestForm("bundle") FileUpload zip, @RestForm String mode, @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller caller = configurators.configurator();
        if (zip == null || zip.fileName() == null || zip.fileName().isBlank()) {
            return listPage("cfg_upload_none", 400);
        }
        if (zip.size() > BundleFiles.MAX_BYTES) {
            return listPage("cfg_upload_too_large", 413);
        }
        BundleFiles bundle;
        try {
            bundle = BundleFiles.fromZip(Files.readAllBytes(zip.uploadedFile()));
        } catch (IllegalArgumentException e) {
            return listPage("cfg_upload_not_bundle", 400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean activate = "activate".equals(mode);
        Attempt attempt = activate ? gate.submit(bundle, caller.user()) : gate.submitToCheck(bundle, caller.user());
        configurators.logAction(caller, activate ? "uploaded to activate" : "uploaded to check", attempt.id());
        return pages.redirect("/configure/attempts/" + attempt.id());
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id) {
        configurators.configurator();
        UUID attemptId = Versions.idOrNotFound(id);
        Shown attempt = gate.attempt(attemptId).map(this::shown).orElseThrow(PageNotFoundException::new);
        Response page = pages.html(Templates.attempt(visit.info(), attempt));
        // an attempt under way is shown again until it ends, without JavaScript
        return attempt.pending()
                ? Response.fromResponse(page).header("Refresh", "2").build()
                : page;
    }

    private Response listPage(String problem, int status) {
        List<Shown> attempts = gate.recentAttempts().stream().map(this::shown).toList();
        return pages.html(Templates.attempts(visit.info(), attempts, problem), status);
    }

    private Shown shown(Attempt attempt) {
        return new Shown(
                attempt.id().toString(),
                times.minute(attempt.at()),
                attempt.by(),
                attempt.source(),
                attempt.status(),
                attempt.serviceId(),
                attempt.version(),
                attempt.messages(),
                attempt.timings(),
                ScenarioLines.of(attempt.scenarios()));
    }
}

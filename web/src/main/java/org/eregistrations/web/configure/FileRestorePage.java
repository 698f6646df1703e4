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
import java.time.Instant;
import java.util.List;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.HistoryService;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.ConcurrentChangeException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Restoring a file to a moment (configurators): first a preview of every value the restore brings back, then, confirmed,
 * the events that bring them back — history is never rewritten. A file that changed after its preview is not restored
 * (409) and the new preview is shown.
 */
@Path("/configure/files/{serviceId}/{id}/restore")
@Produces(MediaType.TEXT_HTML)
public class FileRestorePage {
    private final Configurators configurators;
    private final HistoryService history;
    private final ConfiguredFiles files;
    private final Visit visit;
    private final Pages pages;

    FileRestorePage(
            Configurators configurators, HistoryService history, ConfiguredFiles files, Visit visit, Pages pages) {
        this.configurators = configurators;
        this.history = history;
        this.files = files;
        this.visit = visit;
        this.pages = pages;
    }

    /** A value a restore brings back. */
    public record Restored(String path, String now, String then) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance restore(
                PageInfo page, ConfiguredFiles.Shown file, String moment, List<Restored> changes, String problem);
    }

    @GET
    public Response previewRestore(
            @PathParam("serviceId") String serviceId, @PathParam("id") String id, @QueryParam("moment") String moment) {
        Caller caller = configurators.configurator();
        ConfiguredFiles.Shown file = files.file(serviceId, id);
        Instant at = configurators.moment(moment).orElse(null);
        if (at == null) {
            return pages.redirect(file.href() + "?done=bad_moment");
        }
        return restorePage(file, at, caller, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(
            @PathParam("serviceId") String serviceId,
            @PathParam("id") String id,
            @RestForm String moment,
            @RestForm String version,
            @RestForm String confirm,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller caller = configurators.configurator();
        ConfiguredFiles.Shown file = files.file(serviceId, id);
        Instant at = configurators.moment(moment).orElse(null);
        if (at == null) {
            return pages.redirect(file.href() + "?done=bad_moment");
        }
        if (!"yes".equals(confirm)) {
            return restorePage(file, at, caller, "cfg_confirm_needed", 400);
        }
        long expected;
        try {
            expected = Long.parseLong(version == null ? "" : version);
        } catch (NumberFormatException e) {
            return restorePage(file, at, caller, "cfg_restore_changed", 409);
        }
        try {
            history.restore(file.fileId(), expected, at, caller);
        } catch (ConcurrentChangeException e) {
            return restorePage(file, at, caller, "cfg_restore_changed", 409);
        }
        configurators.logAction(caller, "restored", file.id(), "to", at);
        return pages.redirect(file.href() + "?done=restored");
    }

    private Response restorePage(ConfiguredFiles.Shown file, Instant at, Caller caller, String problem, int status) {
        List<Restored> changes = history.previewRestore(file.fileId(), at, caller).stream()
                .map(change -> new Restored(
                        change.path(), ConfiguredFiles.text(change.now()), ConfiguredFiles.text(change.then())))
                .toList();
        return pages.html(Templates.restore(visit.info(), file, configurators.micros(at), changes, problem), status);
    }
}

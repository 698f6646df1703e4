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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.MigrationService;
import org.eregistrations.web.file.MigrationService.Preview;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.FileRecord;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Migration of sent files (DESIGN.md §5): the files of a service still on older versions, counted by version; for
 * each of the oldest a preview of what would appear and disappear with the active version; and moving one file, a
 * selection, or every file of a version, as a run whose progress bar the next page shows.
 */
@Path("/configure/migration")
@Produces(MediaType.TEXT_HTML)
public class MigrationPage {
    /** The most files previewed on the page; the others are counted, and migrated by version. */
    static final int PREVIEWED = 50;
    /** The most files one run moves. */
    static final int MAX_RUN = 10_000;

    private final Configurators configurators;
    private final PublishedServices services;
    private final MigrationService migrations;
    private final MigrationRuns runs;
    private final ServiceFigures figures;
    private final Visit visit;
    private final Pages pages;

    MigrationPage(
            Configurators configurators,
            PublishedServices services,
            MigrationService migrations,
            MigrationRuns runs,
            ServiceFigures figures,
            Visit visit,
            Pages pages) {
        this.configurators = configurators;
        this.services = services;
        this.migrations = migrations;
        this.runs = runs;
        this.figures = figures;
        this.visit = visit;
        this.pages = pages;
    }

    /** A file that could move, with what would change for it. */
    public record Candidate(String id, String number, String status, String fromVersion, List<SetChange> changes) {
        public String shortVersion() {
            return Versions.shortened(fromVersion);
        }
    }

    /** Members of one derived set that would appear and disappear. */
    public record SetChange(String set, List<String> appear, List<String> disappear) {}

    /** The files on one older version. */
    public record OnVersion(String version, long files) {
        public String shortVersion() {
            return Versions.shortened(version);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance migration(
                PageInfo page,
                VersionsPage.Service service,
                List<OnVersion> versions,
                List<Candidate> candidates,
                String problem);

        static native TemplateInstance run(PageInfo page, MigrationRuns.Run run, String serviceName);
    }

    @GET
    @Path("{serviceId}")
    public Response show(@PathParam("serviceId") String serviceId) {
        Caller caller = configurators.configurator();
        return page(serviceId, caller, null, 200);
    }

    @POST
    @Path("{serviceId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response migrate(
            @PathParam("serviceId") String serviceId,
            @RestForm("file") List<String> files,
            @RestForm("version") String version,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller caller = configurators.configurator();
        PublishedService service = active(serviceId);
        String toVersion = service.ruleSet().version();
        Set<UUID> chosen = new LinkedHashSet<>();
        if (version != null && !version.isBlank()) {
            if (!Versions.named(version) || version.equals(toVersion)) {
                return page(serviceId, caller, "cfg_migrate_bad_version", 400);
            }
            FileRecord.<FileRecord>find("serviceId = ?1 and rulesetVersion = ?2 order by createdAt", serviceId, version)
                    .page(0, MAX_RUN)
                    .list()
                    .forEach(file -> chosen.add(file.id));
        } else if (files != null) {
            for (String id : files) {
                try {
                    chosen.add(UUID.fromString(id));
                } catch (IllegalArgumentException e) {
                    return page(serviceId, caller, "cfg_migrate_bad_file", 400);
                }
            }
        }
        if (chosen.isEmpty()) {
            return page(serviceId, caller, "cfg_migrate_none_chosen", 400);
        }
        if (chosen.size() > MAX_RUN) {
            return page(serviceId, caller, "cfg_migrate_too_many", 400);
        }
        List<FileRecord> found = FileRecord.list("id in ?1", chosen);
        boolean movable = found.size() == chosen.size()
                && found.stream()
                        .allMatch(file -> file.serviceId.equals(serviceId)
                                && file.rulesetVersion != null
                                && !file.rulesetVersion.equals(toVersion));
        if (!movable) {
            // a draft follows the active version, and a file of another service is not this page's to move
            return page(serviceId, caller, "cfg_migrate_not_movable", 400);
        }
        UUID run = runs.start(serviceId, toVersion, new ArrayList<>(chosen), caller);
        configurators.logAction(caller, "started migration run", run, serviceId, chosen.size(), "files");
        return pages.redirect("/configure/migration/runs/" + run);
    }

    @GET
    @Path("runs/{run}")
    public Response progress(@PathParam("run") String id) {
        configurators.configurator();
        UUID runId = Versions.idOrNotFound(id);
        MigrationRuns.Run run = runs.read(runId).orElseThrow(PageNotFoundException::new);
        String name = services.find(run.serviceId())
                .map(s -> s.catalogue().name().in(visit.language().code()))
                .orElse(run.serviceId());
        Response page = pages.html(Templates.run(visit.info(), run, name));
        // the bar moves without JavaScript: the page is asked again until the run ends
        return run.finished()
                ? page
                : Response.fromResponse(page).header("Refresh", "1").build();
    }

    private Response page(String serviceId, Caller caller, String problem, int status) {
        PublishedService service = active(serviceId);
        String lang = visit.language().code();
        List<OnVersion> versions = new ArrayList<>();
        figures.filesOnOtherVersions(serviceId, service.ruleSet().version())
                .forEach((version, count) -> versions.add(new OnVersion(version, count)));
        List<Candidate> candidates = new ArrayList<>();
        for (FileRecord file : migrations.onOtherVersions(serviceId, PREVIEWED, caller)) {
            Preview preview = migrations.previewFile(file.id, caller);
            List<SetChange> changes = new ArrayList<>();
            for (Map.Entry<String, MigrationService.Change> change :
                    preview.changes().entrySet()) {
                changes.add(new SetChange(
                        change.getKey(),
                        change.getValue().appear(),
                        change.getValue().disappear()));
            }
            candidates.add(new Candidate(
                    file.id.toString(), FileNumbers.of(file), file.status.name(), file.rulesetVersion, changes));
        }
        VersionsPage.Service shown = new VersionsPage.Service(
                serviceId,
                service.catalogue().name().in(lang),
                service.ruleSet().version(),
                service.retired());
        return pages.html(Templates.migration(visit.info(), shown, versions, candidates, problem), status);
    }

    /** A published service that takes files; a retired one has no active version to move files to. */
    private PublishedService active(String serviceId) {
        if (!Versions.named(serviceId)) {
            throw new PageNotFoundException();
        }
        return services.find(serviceId).filter(s -> !s.retired()).orElseThrow(PageNotFoundException::new);
    }
}

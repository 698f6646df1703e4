package org.eregistrations.web.configure;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.HistoryService;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.ConcurrentChangeException;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.StoredEvent;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A file's past for configurators: finding a file by its number, its every property change (old and new value, who,
 * when to the microsecond, login session, rule set version, why), filtered by path; the file as it was at a moment,
 * with the rules active then; and a restore to that moment after a preview of the changes it appends.
 */
@Path("/configure/files")
@Produces(MediaType.TEXT_HTML)
public class FileHistoryPage {
    /** The most changes the page lists, newest first; a path narrows beyond that. */
    static final int SHOWN = 500;

    private final Configurators configurators;
    private final HistoryService history;
    private final PublishedServices services;
    private final Visit visit;
    private final Pages pages;

    FileHistoryPage(
            Configurators configurators, HistoryService history, PublishedServices services, Visit visit, Pages pages) {
        this.configurators = configurators;
        this.history = history;
        this.services = services;
        this.visit = visit;
        this.pages = pages;
    }

    /** The file the page is about. */
    public record Shown(String id, String number, String serviceId, String serviceName, String status, long version) {
        public String href() {
            return "/configure/files/" + serviceId + "/" + id;
        }
    }

    /** One change of a property, with the value it had before. */
    public record Change(
            long seq,
            String at,
            String path,
            String before,
            String after,
            boolean removed,
            String user,
            String session,
            String rulesetVersion,
            String cause) {
        public String shortVersion() {
            return Versions.shortened(rulesetVersion);
        }

        /** The moment as an address carries it (no space). */
        public String atParam() {
            return at.replace(' ', 'T');
        }
    }

    /** A value of the file at a moment. */
    public record Value(String path, String value) {}

    /** A value a restore brings back. */
    public record Restored(String path, String now, String then) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance find(PageInfo page, String q, boolean notFound);

        static native TemplateInstance history(
                PageInfo page, Shown file, String path, List<Change> changes, boolean more, String done);

        static native TemplateInstance at(
                PageInfo page,
                Shown file,
                String moment,
                String momentParam,
                FileView then,
                List<Value> values,
                String shortVersion);

        static native TemplateInstance restore(
                PageInfo page, Shown file, String moment, List<Restored> changes, String problem);
    }

    @GET
    public Response find(@QueryParam("q") String q) {
        configurators.configurator();
        if (q == null || q.isBlank()) {
            return pages.html(Templates.find(visit.info(), "", false));
        }
        String typed = q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
        Optional<FileRecord> file = FileNumbers.named(typed)
                .flatMap(number -> FileRecord.<FileRecord>find("number", number).firstResultOptional());
        if (file.isEmpty()) {
            try {
                file = FileRecord.findByIdOptional(UUID.fromString(typed));
            } catch (IllegalArgumentException notAnId) {
                // neither a number nor an id: not found
            }
        }
        return file.map(found -> pages.redirect("/configure/files/" + found.serviceId + "/" + found.id))
                .orElseGet(() -> pages.html(Templates.find(visit.info(), typed, true), 404));
    }

    @GET
    @Path("{serviceId}/{id}")
    public Response history(
            @PathParam("serviceId") String serviceId,
            @PathParam("id") String id,
            @QueryParam("path") String path,
            @QueryParam("done") String done) {
        Caller caller = configurators.configurator();
        Shown file = file(serviceId, id);
        String filter = path == null ? "" : path.strip();
        List<Change> changes = new ArrayList<>();
        Map<String, String> last = new HashMap<>();
        for (StoredEvent event : history.readHistory(UUID.fromString(file.id()), null, caller)) {
            String before = last.get(event.path());
            String after = event.removed() ? null : text(event.value());
            last.put(event.path(), after);
            if (filter.isEmpty() || event.path().equals(filter) || event.path().startsWith(filter + ".")) {
                changes.add(new Change(
                        event.seq(),
                        configurators.micros(event.at()),
                        event.path(),
                        before,
                        after,
                        event.removed(),
                        event.user(),
                        event.session(),
                        event.rulesetVersion(),
                        event.cause()));
            }
        }
        Collections.reverse(changes);
        boolean more = changes.size() > SHOWN;
        String notice = "restored".equals(done) || "bad_moment".equals(done) ? done : null;
        return pages.html(Templates.history(
                visit.info(), file, filter, changes.subList(0, Math.min(SHOWN, changes.size())), more, notice));
    }

    @GET
    @Path("{serviceId}/{id}/at")
    public Response at(
            @PathParam("serviceId") String serviceId, @PathParam("id") String id, @QueryParam("moment") String moment) {
        Caller caller = configurators.configurator();
        Shown file = file(serviceId, id);
        Optional<Instant> at = configurators.moment(moment);
        if (at.isEmpty()) {
            return pages.redirect(file.href() + "?done=bad_moment");
        }
        FileView then = history.readAt(UUID.fromString(file.id()), at.get(), caller);
        String version = then.derivation() == null ? null : then.derivation().rulesetVersion();
        String shownMoment = configurators.micros(at.get());
        List<Value> values = then.values().entrySet().stream()
                .map(value -> new Value(value.getKey(), text(value.getValue())))
                .toList();
        return pages.html(Templates.at(
                visit.info(),
                file,
                shownMoment,
                shownMoment.replace(' ', 'T'),
                then,
                values,
                Versions.shortened(version)));
    }

    @GET
    @Path("{serviceId}/{id}/restore")
    public Response previewRestore(
            @PathParam("serviceId") String serviceId, @PathParam("id") String id, @QueryParam("moment") String moment) {
        Caller caller = configurators.configurator();
        Shown file = file(serviceId, id);
        Instant at = configurators.moment(moment).orElse(null);
        if (at == null) {
            return pages.redirect(file.href() + "?done=bad_moment");
        }
        return restorePage(file, at, caller, null, 200);
    }

    @POST
    @Path("{serviceId}/{id}/restore")
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
        Shown file = file(serviceId, id);
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
            history.restore(UUID.fromString(file.id()), expected, at, caller);
        } catch (ConcurrentChangeException e) {
            return restorePage(file, at, caller, "cfg_restore_changed", 409);
        }
        configurators.logAction(caller, "restored", file.id(), "to", at);
        return pages.redirect(file.href() + "?done=restored");
    }

    private Response restorePage(Shown file, Instant at, Caller caller, String problem, int status) {
        List<Restored> changes = history.previewRestore(UUID.fromString(file.id()), at, caller).stream()
                .map(change -> new Restored(change.path(), text(change.now()), text(change.then())))
                .toList();
        return pages.html(Templates.restore(visit.info(), file, configurators.micros(at), changes, problem), status);
    }

    /** The file named by the address, which must be of the service it names; a 404 otherwise. */
    private Shown file(String serviceId, String id) {
        UUID fileId;
        try {
            fileId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PageNotFoundException();
        }
        FileRecord file = FileRecord.<FileRecord>findByIdOptional(fileId)
                .filter(found -> found.serviceId.equals(serviceId))
                .orElseThrow(PageNotFoundException::new);
        String name = services.find(serviceId)
                .map(s -> s.catalogue().name().in(visit.language().code()))
                .orElse(serviceId);
        return new Shown(file.id.toString(), FileNumbers.of(file), serviceId, name, file.status.name(), file.version);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}

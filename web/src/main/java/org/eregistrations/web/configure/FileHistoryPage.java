package org.eregistrations.web.configure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
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
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.StoredEvent;

/**
 * A file's past for configurators: finding a file by its number, its every property change (old and new value, who,
 * when to the microsecond, login session, rule set version, why), filtered by path; the file as it was at a moment,
 * with the rules active then ({@link FileRestorePage} brings it back to that moment).
 */
@Path("/configure/files")
@Produces(MediaType.TEXT_HTML)
public class FileHistoryPage {
    /** The most changes the page lists, newest first; a path narrows beyond that. */
    static final int SHOWN = 500;

    private final Configurators configurators;
    private final HistoryService history;
    private final ConfiguredFiles files;
    private final Visit visit;
    private final Pages pages;

    FileHistoryPage(
            Configurators configurators, HistoryService history, ConfiguredFiles files, Visit visit, Pages pages) {
        this.configurators = configurators;
        this.history = history;
        this.files = files;
        this.visit = visit;
        this.pages = pages;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance find(PageInfo page, String q, boolean notFound);

        static native TemplateInstance history(
                PageInfo page,
                ConfiguredFiles.Shown file,
                String path,
                List<Change> changes,
                boolean more,
                String done);

        static native TemplateInstance at(
                PageInfo page,
                ConfiguredFiles.Shown file,
                String moment,
                String momentParam,
                FileView then,
                List<FileAtMoment.Section> sections,
                String shortVersion);
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
        ConfiguredFiles.Shown file = files.file(serviceId, id);
        String filter = path == null ? "" : path.strip();
        List<Change> changes = new ArrayList<>();
        Map<String, String> last = new HashMap<>();
        for (StoredEvent event : history.readHistory(file.fileId(), null, caller)) {
            String before = last.get(event.path());
            String after = event.removed() ? null : ConfiguredFiles.text(event.value());
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
        ConfiguredFiles.Shown file = files.file(serviceId, id);
        Optional<Instant> at = configurators.moment(moment);
        if (at.isEmpty()) {
            return pages.redirect(file.href() + "?done=bad_moment");
        }
        FileView then = history.readAt(file.fileId(), at.get(), caller);
        String version = then.derivation() == null ? null : then.derivation().rulesetVersion();
        String shownMoment = configurators.micros(at.get());
        String lang = visit.language().code();
        List<FileAtMoment.Section> sections = FileAtMoment.of(
                files.catalogue(serviceId, version),
                then.values(),
                lang,
                new FileAtMoment.Titles(
                        Texts.get(lang, "cfg_at_guide"),
                        Texts.get(lang, "cfg_at_documents"),
                        Texts.get(lang, "cfg_at_other")));
        return pages.html(Templates.at(
                visit.info(),
                file,
                shownMoment,
                shownMoment.replace(' ', 'T'),
                then,
                sections,
                Versions.shortened(version)));
    }
}

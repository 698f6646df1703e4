package org.eregistrations.web.supervise;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileTitles;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.supervise.WaitingFiles.StepKey;
import org.eregistrations.web.supervise.WaitingFiles.Waiting;

/**
 * What waits in Part B (supervisors): every file pending, paused or sent back at a step the supervisor oversees (their
 * institution's, or every institution's), across services, the longest waiting first; filtered by service, step,
 * institution, state, holder and least waiting time, searched by number or title. Each file links to its review page,
 * where an assignable step is given to another officer.
 */
@Path("/supervise")
@Produces(MediaType.TEXT_HTML)
public class WaitingFilesPage {
    private final PublishedServices services;
    private final WaitingFiles waiting;
    private final FileTitles titles;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    WaitingFilesPage(
            PublishedServices services,
            WaitingFiles waiting,
            FileTitles titles,
            LocalTimes times,
            Visit visit,
            Pages pages) {
        this.services = services;
        this.waiting = waiting;
        this.titles = titles;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** A file waiting at a step, as the list shows it. */
    public record Row(
            String number,
            String href,
            String title,
            String applicant,
            String service,
            String step,
            String state,
            String since,
            String holder) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance waiting(
                PageInfo page,
                WaitingQuery query,
                Map<String, String> services,
                Map<String, String> steps,
                List<String> institutions,
                List<Row> rows,
                long total,
                boolean more,
                String previous,
                String next);
    }

    @GET
    public Response showWaiting(
            @QueryParam("service") String service,
            @QueryParam("step") String step,
            @QueryParam("institution") String institution,
            @QueryParam("state") String state,
            @QueryParam("holder") String holder,
            @QueryParam("waited") String waited,
            @QueryParam("q") String search,
            @QueryParam("page") String page) {
        Caller supervisor = visit.caller();
        if (!supervisor.has(Caller.SUPERVISOR)) {
            throw new PageNotFoundException(); // nothing here is for anyone else, not even its existence
        }
        String lang = visit.language().code();
        WaitingQuery query = WaitingQuery.of(service, step, institution, state, holder, waited, search);
        Map<String, String> serviceNames = new TreeMap<>();
        Map<String, String> stepNames = new TreeMap<>();
        List<String> institutions = new ArrayList<>();
        List<StepKey> asked = new ArrayList<>();
        List<String> titlePaths = new ArrayList<>();
        for (var published : services.all()) {
            Catalogue catalogue = published.catalogue();
            for (ProcessingStep each : catalogue.processingSteps()) {
                if (!supervisor.oversees(each)) {
                    continue;
                }
                serviceNames.put(catalogue.id(), catalogue.name().in(lang));
                stepNames.putIfAbsent(each.id(), each.name().in(lang));
                if (each.institution() != null && !institutions.contains(each.institution())) {
                    institutions.add(each.institution());
                }
                if ((query.service().isEmpty() || query.service().equals(catalogue.id()))
                        && (query.step().isEmpty() || query.step().equals(each.id()))
                        && (query.institution().isEmpty() || query.institution().equals(each.institution()))) {
                    asked.add(new StepKey(catalogue.id(), each.id()));
                    catalogue.fileTitlePaths().stream()
                            .filter(path -> !titlePaths.contains(path))
                            .forEach(titlePaths::add);
                }
            }
        }
        long total = waiting.count(asked, query, titlePaths);
        int current = Math.min(Math.max(1, number(page)), 2_000);
        List<Waiting> found = waiting.page(asked, query, titlePaths, current - 1);
        Map<UUID, String> titled = titles.of(found.stream().map(Waiting::file).toList());
        List<Row> rows = found.stream()
                .map(w -> new Row(
                        FileNumbers.of(w.file()),
                        "/work/files/" + w.file().id + "#step-" + w.step(),
                        titled.getOrDefault(w.file().id, ""),
                        w.applicant(),
                        serviceNames.getOrDefault(w.file().serviceId, w.file().serviceId),
                        stepNames.getOrDefault(w.step(), w.step()),
                        "state_" + w.state().toLowerCase(java.util.Locale.ROOT),
                        times.minute(w.since()),
                        w.holder()))
                .toList();
        institutions.sort(null);
        return pages.html(Templates.waiting(
                visit.info(),
                query,
                serviceNames,
                stepNames,
                institutions,
                rows,
                Math.min(total, WaitingFiles.MOST_COUNTED),
                total > WaitingFiles.MOST_COUNTED,
                current > 1 ? query.href(current - 1) : null,
                found.size() == WaitingFiles.PAGE_SIZE
                                && (total > WaitingFiles.MOST_COUNTED
                                        || (long) current * WaitingFiles.PAGE_SIZE < total)
                        ? query.href(current + 1)
                        : null));
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

package org.eregistrations.web.partb;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.partb.Officers.WorkedStep;
import org.eregistrations.web.partb.WorkQueues.Queued;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;

/** My work (Part B): the steps the officer works with the files pending at each, and a step's queue of files. */
@Path("/work")
@Produces(MediaType.TEXT_HTML)
public class MyWorkPage {
    /** The farthest page a queue is read to (an offset of 100 000 files): a search narrows beyond that. */
    private static final int LAST_PAGE = 2_000;

    private final Officers officers;
    private final PublishedServices services;
    private final WorkQueues queues;
    private final QueueRows rows;
    private final Visit visit;
    private final Pages pages;

    MyWorkPage(
            Officers officers,
            PublishedServices services,
            WorkQueues queues,
            QueueRows rows,
            Visit visit,
            Pages pages) {
        this.officers = officers;
        this.services = services;
        this.queues = queues;
        this.rows = rows;
        this.visit = visit;
        this.pages = pages;
    }

    /** A step the officer works, with the number of files pending at it. */
    public record StepItem(String service, String step, String href, long pending) {}

    /**
     * A file in a queue, every cell ready to print: its certificates' names joined, and whether its row has the
     * assignee's cell (the step is assignable). A row carries what it prints so that the row template reads nothing
     * from outside the loop: each such name costs Qute a search of every value resolver in each enclosing context.
     */
    public record QueueItem(
            String number,
            String title,
            String applicant,
            String sent,
            String waitingSince,
            boolean assignable,
            String assignee,
            String certificates,
            String href) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance steps(
                PageInfo page, Map<String, String> services, String service, List<StepItem> steps);

        static native TemplateInstance queue(
                PageInfo page,
                String service,
                String step,
                String tab,
                Map<String, String> tabs,
                String base,
                String search,
                String sort,
                boolean assignable,
                String assigned,
                List<QueueItem> files,
                long total,
                boolean more,
                int current,
                int last,
                String previous,
                String next);
    }

    /**
     * The steps the officer works, of every service or of the one chosen ({@code service}; a service the officer
     * works no step of, or none published by that id, shows every service again).
     */
    @GET
    public Response showWork(@QueryParam("service") String chosen) {
        Caller officer = officers.officer();
        String lang = visit.language().code();
        List<Map.Entry<Catalogue, List<ProcessingStep>>> worked = new ArrayList<>();
        services.all().forEach(service -> {
            List<ProcessingStep> steps = service.catalogue().processingSteps().stream()
                    .filter(officer::oversees)
                    .toList();
            if (!steps.isEmpty()) {
                worked.add(Map.entry(service.catalogue(), steps));
            }
        });
        String service = worked.stream()
                .map(entry -> entry.getKey().id())
                .filter(id -> id.equals(chosen))
                .findFirst()
                .orElse("");
        Map<String, String> choices = new LinkedHashMap<>();
        List<StepItem> items = new ArrayList<>();
        worked.forEach(entry -> {
            Catalogue catalogue = entry.getKey();
            choices.put(catalogue.id(), catalogue.name().in(lang));
            if (service.isEmpty() || service.equals(catalogue.id())) {
                Map<String, Long> pending = queues.pendingCounts(catalogue.id());
                entry.getValue()
                        .forEach(step -> items.add(new StepItem(
                                catalogue.name().in(lang),
                                step.name().in(lang),
                                "/work/" + catalogue.id() + "/" + step.id(),
                                pending.getOrDefault(step.id(), 0L))));
            }
        });
        return pages.html(Templates.steps(visit.info(), choices, service, items));
    }

    @GET
    @Path("{serviceId}/{step}")
    public Response showQueue(
            @PathParam("serviceId") String serviceId,
            @PathParam("step") String stepId,
            @QueryParam("tab") String tab,
            @QueryParam("q") String search,
            @QueryParam("sort") String sort,
            @QueryParam("assigned") String assigned,
            @QueryParam("page") String page) {
        Caller officer = officers.officer();
        WorkedStep worked = officers.worked(officer, serviceId, stepId);
        boolean assignable = worked.step().assignable();
        QueueQuery query = QueueQuery.of(tab, search, sort, assignable ? assigned : null);
        List<String> titlePaths = worked.service().catalogue().fileTitlePaths();
        WorkQueues.Found found = queues.find(serviceId, query, titlePaths);
        WorkQueues.Count total =
                queues.count(serviceId, stepId, query, found, officer.user(), WorkQueues.mostCounted(query));
        int counted = (int) Math.max(1, (total.files() + WorkQueues.PAGE_SIZE - 1) / WorkQueues.PAGE_SIZE);
        // beyond the counted files, pages go on while they are full (the count stops at a bound, the queue does not)
        int current =
                total.more() ? Math.min(QueueQuery.page(page), LAST_PAGE) : Math.min(QueueQuery.page(page), counted);
        List<Queued> queued = queues.page(serviceId, stepId, query, found, officer.user(), current - 1);
        int last = total.more()
                ? Math.max(counted, queued.size() == WorkQueues.PAGE_SIZE ? Math.min(current + 1, LAST_PAGE) : current)
                : counted;
        String lang = visit.language().code();
        List<QueueItem> items = rows.of(queued, worked.service().catalogue(), assignable, lang);
        String base = "/work/" + serviceId + "/" + stepId;
        Map<String, String> tabs = new LinkedHashMap<>();
        for (QueueQuery.Tab each : QueueQuery.Tab.values()) {
            tabs.put(each.id(), query.href(base, each, 1));
        }
        return pages.html(Templates.queue(
                visit.info(),
                worked.service().catalogue().name().in(lang),
                worked.step().name().in(lang),
                query.tab().id(),
                tabs,
                base,
                query.search(),
                query.sort().id(),
                assignable,
                query.assigned().id(),
                items,
                total.files(),
                total.more(),
                current,
                last,
                current > 1 ? query.href(base, query.tab(), current - 1) : null,
                current < last ? query.href(base, query.tab(), current + 1) : null));
    }
}

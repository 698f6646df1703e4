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
import java.util.UUID;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileTitles;
import org.eregistrations.web.partb.Officers.WorkedStep;
import org.eregistrations.web.partb.WorkQueues.Queued;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;

/** My work (Part B): the steps the officer works with the files pending at each, and a step's queue of files. */
@Path("/work")
@Produces(MediaType.TEXT_HTML)
public class MyWorkPage {
    private final Officers officers;
    private final PublishedServices services;
    private final WorkQueues queues;
    private final FileTitles titles;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    MyWorkPage(
            Officers officers,
            PublishedServices services,
            WorkQueues queues,
            FileTitles titles,
            LocalTimes times,
            Visit visit,
            Pages pages) {
        this.officers = officers;
        this.services = services;
        this.queues = queues;
        this.titles = titles;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** A step the officer works, with the number of files pending at it. */
    public record StepItem(String service, String step, String href, long pending) {}

    /** A file in a queue. */
    public record QueueItem(
            String number,
            String title,
            String applicant,
            String sent,
            String waitingSince,
            String assignee,
            String href) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance steps(PageInfo page, List<StepItem> steps);

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
                int current,
                int last,
                String previous,
                String next);
    }

    @GET
    public Response showWork() {
        Caller officer = officers.officer();
        String lang = visit.language().code();
        List<StepItem> items = new ArrayList<>();
        services.all().forEach(service -> {
            List<ProcessingStep> worked = service.catalogue().processingSteps().stream()
                    .filter(officer::works)
                    .toList();
            if (worked.isEmpty()) {
                return;
            }
            String serviceId = service.catalogue().id();
            Map<String, Long> pending = queues.pendingCounts(serviceId);
            worked.forEach(step -> items.add(new StepItem(
                    service.catalogue().name().in(lang),
                    step.name().in(lang),
                    "/work/" + serviceId + "/" + step.id(),
                    pending.getOrDefault(step.id(), 0L))));
        });
        return pages.html(Templates.steps(visit.info(), items));
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
            @QueryParam("page") Integer page) {
        Caller officer = officers.officer();
        WorkedStep worked = officers.worked(officer, serviceId, stepId);
        boolean assignable = worked.step().assignable();
        QueueQuery query = QueueQuery.of(tab, search, sort, assignable ? assigned : null);
        List<String> titlePaths = worked.service().catalogue().fileTitlePaths();
        long total = queues.count(serviceId, stepId, query, titlePaths, officer.user());
        int last = (int) Math.max(1, (total + WorkQueues.PAGE_SIZE - 1) / WorkQueues.PAGE_SIZE);
        int current = page == null || page < 1 ? 1 : Math.min(page, last);
        List<Queued> queued = queues.page(serviceId, stepId, query, titlePaths, officer.user(), current - 1);
        Map<UUID, String> titled = titles.of(queued.stream().map(Queued::file).toList());
        List<QueueItem> items = queued.stream()
                .map(q -> new QueueItem(
                        FileNumbers.of(q.file()),
                        titled.getOrDefault(q.file().id, ""),
                        q.applicant(),
                        times.minute(q.sent()),
                        times.minute(q.waitingSince()),
                        q.assignee(),
                        "/work/files/" + q.file().id))
                .toList();
        String lang = visit.language().code();
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
                total,
                current,
                last,
                current > 1 ? query.href(base, query.tab(), current - 1) : null,
                current < last ? query.href(base, query.tab(), current + 1) : null));
    }
}

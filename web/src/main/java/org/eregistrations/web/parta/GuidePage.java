package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.PageChange;
import org.eregistrations.web.parta.Costs.CostItem;
import org.eregistrations.web.parta.FileHeaders.Header;
import org.eregistrations.web.parta.GuideViews.RegistrationItem;
import org.eregistrations.web.parta.GuideViews.RequirementItem;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;

/**
 * The guide (Part A): questions, the registrations box, requirements and costs. Live with htmx — a change
 * stores the answer and swaps what the rules derived — and a plain form post without JavaScript.
 */
@Path("/files")
@Produces(MediaType.TEXT_HTML)
public class GuidePage {
    private final OwnFiles files;
    private final Visit visit;
    private final Pages pages;

    GuidePage(OwnFiles files, Visit visit, Pages pages) {
        this.files = files;
        this.visit = visit;
        this.pages = pages;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tabs(PageInfo page, Header file);

        static native TemplateInstance guide(
                PageInfo page,
                Header file,
                List<Input> questions,
                List<RegistrationItem> registrations,
                List<RequirementItem> requirements,
                List<CostItem> costs,
                String total);

        static native TemplateInstance guide$results(
                PageInfo page,
                Header file,
                List<Input> questions,
                List<RegistrationItem> registrations,
                List<RequirementItem> requirements,
                List<CostItem> costs,
                String total);
    }

    @GET
    @Path("{id}/guide")
    public Response showGuide(@PathParam("id") UUID id) {
        return guide(files.open(id), Map.of(), Map.of(), false, 200);
    }

    @POST
    @Path("{id}/guide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveGuide(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        FormReader.Read[] read = new FormReader.Read[1];
        PageChange.Result change = files.change(id, PostedForms.seenVersion(form), (before, seen) -> {
            read[0] = read(before, seen, form);
            return read[0].changes();
        });
        if (change.conflict()) {
            return PostedForms.changedElsewhere(
                    guide(change.after(), PostedForms.kept(read[0], form), read[0].problems(), false, 409),
                    visit.partial());
        }
        if (visit.partial()) {
            // the page swaps only the derived part (registrations, requirements, costs), so typing in a question is
            // never overwritten; when the questions themselves changed, or a value was refused, all of the results
            Response results = guide(change.after(), read[0].entered(), read[0].problems(), true, 200);
            boolean same = change.before() == change.after()
                    || questions(change.before()).equals(questions(change.after()));
            return PostedForms.retarget(results, same && read[0].problems().isEmpty(), "#results");
        }
        if (!read[0].problems().isEmpty()) {
            return guide(change.after(), read[0].entered(), read[0].problems(), false, 400);
        }
        return pages.redirect(PostedForms.next(id, form, "guide"));
    }

    /** The posted guide as changes: the questions, boxes and choices the page showed, and any the post made apply. */
    private FormReader.Read read(Opened before, Map<String, JsonNode> seen, MultivaluedMap<String, String> form) {
        GuideViews views = views(before);
        List<String> shown = new ArrayList<>(questions(before));
        Set<String> checkboxes = views.registrations(Map.of()).stream()
                .filter(r -> !r.mandatory())
                .map(RegistrationItem::input)
                .collect(Collectors.toSet());
        shown.addAll(checkboxes);
        views.requirements(Map.of(), Map.of()).stream()
                .filter(r -> r.choice() != null)
                .forEach(r -> shown.add(r.choice().name()));
        // an answer can make further questions, registrations or choices apply within the same post
        form.keySet().stream()
                .filter(k -> k.startsWith("guide.") || k.startsWith("registrations.") || k.startsWith("requirements."))
                .filter(k -> !shown.contains(k))
                .forEach(shown::add);
        return new FormReader(before.catalogue(), lang())
                .read(PostedForms.single(form), shown, checkboxes, seen, before.changes());
    }

    private List<String> questions(Opened opened) {
        return views(opened).questions(Map.of(), Map.of()).stream()
                .map(Input::name)
                .toList();
    }

    private Response guide(
            Opened opened, Map<String, String> entered, Map<String, String> problems, boolean partial, int status) {
        GuideViews views = views(opened);
        Costs costs = new Costs(opened, lang());
        Header header = new FileHeaders(opened, lang()).header("guide", status == 409);
        List<Input> questions = views.questions(entered, problems);
        List<RegistrationItem> registrations = views.registrations(entered);
        List<RequirementItem> requirements = views.requirements(entered, problems);
        List<CostItem> items = costs.items();
        TemplateInstance page = partial
                ? Templates.guide$results(
                        visit.info(), header, questions, registrations, requirements, items, costs.total())
                : Templates.guide(visit.info(), header, questions, registrations, requirements, items, costs.total());
        return partial ? pages.html(page, Templates.tabs(visit.info(), header)) : pages.html(page, status);
    }

    private GuideViews views(Opened opened) {
        return new GuideViews(opened, lang());
    }

    private String lang() {
        return visit.language().code();
    }
}

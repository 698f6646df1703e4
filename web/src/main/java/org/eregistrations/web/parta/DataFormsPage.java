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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.PageChange;
import org.eregistrations.web.parta.FileHeaders.Header;
import org.eregistrations.web.parta.FormViews.ComputedItem;
import org.eregistrations.web.parta.FormViews.Section;
import org.eregistrations.web.site.Links;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;

/**
 * The data forms (Part A): the applicable sections with their fields, list entries added and removed, and the values
 * the rules computed, swapped live with htmx; a plain form post without JavaScript.
 */
@Path("/files")
@Produces(MediaType.TEXT_HTML)
public class DataFormsPage {
    private final OwnFiles files;
    private final Visit visit;
    private final Pages pages;

    DataFormsPage(OwnFiles files, Visit visit, Pages pages) {
        this.files = files;
        this.visit = visit;
        this.pages = pages;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tabs(PageInfo page, Header file);

        static native TemplateInstance data(
                PageInfo page, Header file, List<Section> sections, List<ComputedItem> computed, boolean invalid);

        static native TemplateInstance data$sections(
                PageInfo page, Header file, List<Section> sections, List<ComputedItem> computed, boolean invalid);

        static native TemplateInstance data$computed(PageInfo page, Header file, List<ComputedItem> computed);
    }

    @GET
    @Path("{id}/data")
    public Response showData(@PathParam("id") UUID id, @QueryParam("add") String add) {
        Map<String, Integer> extra = add == null ? Map.of() : Map.of(add, 1);
        return data(files.open(id), Map.of(), Map.of(), extra, false, 200);
    }

    @POST
    @Path("{id}/data")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveData(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        String action = form.getFirst("action");
        FormReader.Read[] read = new FormReader.Read[1];
        List<String> shown = new ArrayList<>();
        PageChange.Result change = files.change(id, PostedForms.seenVersion(form), (before, seen) -> {
            shown.clear();
            shown.addAll(paths(before));
            read[0] = read(before, seen, form, action, shown);
            return read[0].changes();
        });
        if (change.conflict()) {
            return PostedForms.changedElsewhere(
                    data(change.after(), PostedForms.kept(read[0], form), read[0].problems(), Map.of(), false, 409),
                    visit.partial());
        }
        if (visit.partial()) {
            // only the computed values are swapped, unless sections or fields came or went, or a value was refused
            List<Section> sections =
                    views(change.after()).sections(false, read[0].entered(), read[0].problems(), Map.of());
            boolean same = FormViews.paths(sections).equals(shown);
            if (same && read[0].problems().isEmpty()) {
                // the usual case: only the part htmx swaps is rendered
                Header header = new FileHeaders(change.after(), lang()).header("data", false);
                return pages.html(
                        Templates.data$computed(
                                visit.info(), header, views(change.after()).computed()),
                        Templates.tabs(visit.info(), header));
            }
            Response answer =
                    render(change.after(), sections, !read[0].problems().isEmpty(), true, 200);
            return PostedForms.retarget(answer, false, "#sections");
        }
        if (!read[0].problems().isEmpty()) {
            return data(change.after(), read[0].entered(), read[0].problems(), Map.of(), false, 400);
        }
        if (action != null && action.startsWith("add:") && isList(change.after(), action.substring(4))) {
            return pages.redirect(
                    "/files/" + id + "/data?add=" + Links.encode(action.substring(4)) + "#list-" + action.substring(4));
        }
        return pages.redirect(PostedForms.next(id, form, "data"));
    }

    /**
     * The posted data forms as changes: the fields the page showed ({@code shownBefore}: the file's before the change),
     * entries added on it, an entry removed.
     */
    private FormReader.Read read(
            Opened before,
            Map<String, JsonNode> seen,
            MultivaluedMap<String, String> form,
            String action,
            List<String> shownBefore) {
        List<String> shown = new ArrayList<>(shownBefore);
        // entries added on the page (one more row than stored) are posted too
        form.keySet().stream()
                .filter(k -> k.startsWith("dataForms.") && !shown.contains(k))
                .forEach(shown::add);
        Map<String, String> posted = PostedForms.single(form);
        FormReader.Read read =
                new FormReader(before.catalogue(), lang()).read(posted, shown, Set.of(), seen, before.changes());
        if (action != null && action.startsWith("remove:")) {
            Map<String, JsonNode> changes = new LinkedHashMap<>(read.changes().asMap());
            ListEntries.remove(before, views(before), action, changes, posted);
            read.changes().replaceWith(changes);
        }
        return read;
    }

    private List<String> paths(Opened opened) {
        return FormViews.paths(views(opened).sections(false, Map.of(), Map.of(), Map.of()));
    }

    /** Whether a name is a list of the file's data forms: only such a list gets an entry added (any other is ignored). */
    private static boolean isList(Opened opened, String name) {
        return opened.catalogue()
                .field(name)
                .filter(field -> field.type() == FieldType.LIST)
                .isPresent();
    }

    private Response data(
            Opened opened,
            Map<String, String> entered,
            Map<String, String> problems,
            Map<String, Integer> extra,
            boolean partial,
            int status) {
        List<Section> sections = views(opened).sections(false, entered, problems, extra);
        return render(opened, sections, !problems.isEmpty(), partial, status);
    }

    private Response render(Opened opened, List<Section> sections, boolean invalid, boolean partial, int status) {
        Header header = new FileHeaders(opened, lang()).header("data", status == 409);
        List<ComputedItem> computed = views(opened).computed();
        TemplateInstance page = partial
                ? Templates.data$sections(visit.info(), header, sections, computed, invalid)
                : Templates.data(visit.info(), header, sections, computed, invalid);
        return partial ? pages.html(page, Templates.tabs(visit.info(), header)) : pages.html(page, status);
    }

    private FormViews views(Opened opened) {
        return new FormViews(opened, lang());
    }

    private String lang() {
        return visit.language().code();
    }
}

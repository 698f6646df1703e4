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
        Opened opened = files.open(id);
        FormViews views = views(opened);
        List<String> shownBefore = FormViews.paths(views.sections(false, Map.of(), Map.of(), Map.of()));
        List<String> shown = new ArrayList<>(shownBefore);
        // entries added on the page (one more row than stored) are posted too
        form.keySet().stream()
                .filter(k -> k.startsWith("dataForms.") && !shown.contains(k))
                .forEach(shown::add);
        Map<String, String> posted = PostedForms.single(form);
        FormReader.Read read = new FormReader(opened.catalogue(), lang())
                .read(posted, shown, Set.of(), opened.file().values());
        Map<String, JsonNode> changes = new LinkedHashMap<>(read.changes());
        String action = form.getFirst("action");
        if (action != null && action.startsWith("remove:")) {
            ListEntries.remove(opened, views, action, changes, posted);
        }
        if (!files.save(opened, changes)) {
            return PostedForms.changedElsewhere(
                    data(files.open(id), PostedForms.kept(read, form), read.problems(), Map.of(), false, 409),
                    visit.partial());
        }
        if (visit.partial()) {
            // only the computed values are swapped, unless sections or fields came or went, or a value was refused
            Opened after = files.open(id);
            Response sections = data(after, read.entered(), read.problems(), Map.of(), true, 200);
            boolean same = FormViews.paths(views(after).sections(false, Map.of(), Map.of(), Map.of()))
                    .equals(shownBefore);
            return PostedForms.retarget(sections, same && read.problems().isEmpty(), "#sections");
        }
        if (!read.problems().isEmpty()) {
            return data(files.open(id), read.entered(), read.problems(), Map.of(), false, 400);
        }
        if (action != null && action.startsWith("add:") && isList(opened, action.substring(4))) {
            return pages.redirect(
                    "/files/" + id + "/data?add=" + Links.encode(action.substring(4)) + "#list-" + action.substring(4));
        }
        return pages.redirect(PostedForms.next(id, form, "data"));
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
        FormViews views = views(opened);
        Header header = new FileHeaders(opened, lang()).header("data", status == 409);
        List<Section> sections = views.sections(false, entered, problems, extra);
        boolean invalid = !problems.isEmpty();
        TemplateInstance page = partial
                ? Templates.data$sections(visit.info(), header, sections, views.computed(), invalid)
                : Templates.data(visit.info(), header, sections, views.computed(), invalid);
        return partial ? pages.html(page, Templates.tabs(visit.info(), header)) : pages.html(page, status);
    }

    private FormViews views(Opened opened) {
        return new FormViews(opened, lang());
    }

    private String lang() {
        return visit.language().code();
    }
}

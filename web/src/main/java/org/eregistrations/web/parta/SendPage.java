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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.LifecycleService;
import org.eregistrations.web.file.NotSendableException;
import org.eregistrations.web.file.PageChange;
import org.eregistrations.web.file.PropertyPath.Affidavit;
import org.eregistrations.web.parta.FileHeaders.Header;
import org.eregistrations.web.parta.FormViews.Section;
import org.eregistrations.web.parta.StillMissing.MissingItem;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.ConcurrentChangeException;

/**
 * Submission and sending (Part A): the submission forms and the affidavit, what is still missing, and sending the
 * file — or sending it again after it was sent back.
 */
@Path("/files")
@Produces(MediaType.TEXT_HTML)
public class SendPage {
    private final OwnFiles own;
    private final LifecycleService lifecycle;
    private final Visit visit;
    private final Pages pages;

    SendPage(OwnFiles own, LifecycleService lifecycle, Visit visit, Pages pages) {
        this.own = own;
        this.lifecycle = lifecycle;
        this.visit = visit;
        this.pages = pages;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance send(
                PageInfo page,
                Header file,
                List<Section> sections,
                boolean affidavitSigned,
                String affidavit,
                List<MissingItem> missing,
                boolean complete,
                boolean invalid);
    }

    @GET
    @Path("{id}/send")
    public Response showSend(@PathParam("id") UUID id) {
        return send(own.open(id), Map.of(), Map.of(), 200);
    }

    @POST
    @Path("{id}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveAndSend(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        Caller caller = visit.caller();
        FormReader.Read[] read = new FormReader.Read[1];
        PageChange.Result change = own.change(id, PostedForms.seenVersion(form), (before, seen) -> {
            List<String> shown =
                    FormViews.paths(new FormViews(before, lang()).sections(true, Map.of(), Map.of(), Map.of()));
            shown.add(Affidavit.TEXT);
            read[0] = new FormReader(before.catalogue(), lang())
                    .read(PostedForms.single(form), shown, Set.of(Affidavit.TEXT), seen, before.changes());
            return read[0].changes();
        });
        if (change.conflict()) {
            return send(change.after(), PostedForms.kept(read[0], form), read[0].problems(), 409);
        }
        if (!read[0].problems().isEmpty()) {
            return send(change.after(), read[0].entered(), read[0].problems(), 400);
        }
        if ("send".equals(form.getFirst("action"))) {
            Opened saved = change.after();
            try {
                OwnFiles.call(() -> saved.file().status() == FileStatus.SENT_BACK
                        ? lifecycle.resubmit(id, saved.file().version(), caller)
                        : lifecycle.send(id, saved.file().version(), caller));
            } catch (NotSendableException e) {
                return send(own.open(id), Map.of(), Map.of(), 400);
            } catch (ConcurrentChangeException e) {
                return send(own.open(id), Map.of(), Map.of(), 409);
            }
            return pages.redirect("/files/" + id + "?sent=1");
        }
        return pages.redirect("/files/" + id + "/send");
    }

    private Response send(Opened opened, Map<String, String> entered, Map<String, String> problems, int status) {
        JsonNode signed = opened.file().values().get(Affidavit.TEXT);
        boolean affidavit = entered.containsKey(Affidavit.TEXT)
                ? "true".equals(entered.get(Affidavit.TEXT))
                : signed != null && signed.asBoolean();
        return pages.html(
                Templates.send(
                        visit.info(),
                        new FileHeaders(opened, lang()).header("send", status == 409),
                        new FormViews(opened, lang()).sections(true, entered, problems, Map.of()),
                        affidavit,
                        opened.catalogue().affidavit() == null
                                ? ""
                                : opened.catalogue().affidavit().in(lang()),
                        new StillMissing(opened, lang()).items(),
                        opened.file().derivation().complete(),
                        !problems.isEmpty()),
                status);
    }

    private String lang() {
        return visit.language().code();
    }
}

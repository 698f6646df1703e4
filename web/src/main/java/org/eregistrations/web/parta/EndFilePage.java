package org.eregistrations.web.parta;

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
import java.util.UUID;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.LifecycleService;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.ConcurrentChangeException;
import org.eregistrations.web.store.FileRecord;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The investor ends a file, after a page that asks (it works without JavaScript): a draft is <em>discarded</em> from My
 * files; a sent file not yet decided is <em>withdrawn</em> from its overview, so officers' work on it stays visible.
 */
@Path("/files/{id}/{action: discard|withdraw}")
@Produces(MediaType.TEXT_HTML)
public class EndFilePage {
    private final OwnFiles files;
    private final LifecycleService lifecycle;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    EndFilePage(OwnFiles files, LifecycleService lifecycle, LocalTimes times, Visit visit, Pages pages) {
        this.files = files;
        this.lifecycle = lifecycle;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** What the page asks: {@code action} is {@code discard} or {@code withdraw}; {@code allowed} whether it may. */
    public record Question(
            String id, String action, String title, String intro, String button, String refusal, boolean allowed) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(PageInfo page, Question question);
    }

    @GET
    public Response ask(@PathParam("id") UUID id, @PathParam("action") String action) {
        Opened opened = files.open(id);
        FileRecord record = FileRecord.findById(id);
        String lang = visit.language().code();
        String number = FileNumbers.of(record);
        String service = opened.catalogue().name().in(lang);
        boolean allowed = allowed(action, opened.file().status());
        Question question = new Question(
                id.toString(),
                action,
                Texts.get(lang, action + "_title", "number", number),
                Texts.get(
                        lang,
                        action + "_intro",
                        "service",
                        service,
                        "started",
                        times.minute(record.createdAt),
                        "number",
                        number),
                Texts.get(lang, action + "_confirm"),
                Texts.get(lang, action + "_refused"),
                allowed);
        return pages.html(Templates.confirm(visit.info(), question), allowed ? 200 : 409);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(
            @PathParam("id") UUID id, @PathParam("action") String action, @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        for (int attempt = 0; ; attempt++) {
            // the investor's decision holds whatever another tab saved meanwhile: end the version there is now
            long version = files.open(id).file().version();
            try {
                OwnFiles.call(() -> action.equals("discard")
                        ? lifecycle.discard(id, version, visit.caller())
                        : lifecycle.withdraw(id, version, visit.caller()));
                return pages.redirect(action.equals("discard") ? "/files" : "/files/" + id);
            } catch (ConcurrentChangeException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** A draft is discarded; a file that was sent and is not closed is withdrawn. */
    static boolean allowed(String action, FileStatus status) {
        return action.equals("discard") ? status == FileStatus.DRAFT : status.isPartB();
    }
}

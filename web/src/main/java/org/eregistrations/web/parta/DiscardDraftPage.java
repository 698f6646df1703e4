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
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.ConcurrentChangeException;
import org.eregistrations.web.store.FileRecord;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Throwing a draft away from My files, after a page that asks (it works without JavaScript). Only a draft: a sent
 * file is withdrawn from its status page instead, so officers' work on it stays visible.
 */
@Path("/files/{id}/discard")
@Produces(MediaType.TEXT_HTML)
public class DiscardDraftPage {
    private final OwnFiles files;
    private final LifecycleService lifecycle;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    DiscardDraftPage(OwnFiles files, LifecycleService lifecycle, LocalTimes times, Visit visit, Pages pages) {
        this.files = files;
        this.lifecycle = lifecycle;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(
                PageInfo page, String id, String number, String service, String started, boolean draft);
    }

    @GET
    public Response ask(@PathParam("id") UUID id) {
        Opened opened = files.open(id);
        FileRecord record = FileRecord.findById(id);
        boolean draft = FileStatus.DRAFT.name().equals(opened.file().status());
        return pages.html(
                Templates.confirm(
                        visit.info(),
                        id.toString(),
                        FileNumbers.of(record),
                        opened.catalogue().name().in(visit.language().code()),
                        times.minute(record.createdAt),
                        draft),
                draft ? 200 : 409);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@PathParam("id") UUID id, @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        for (int attempt = 0; ; attempt++) {
            // the investor's decision holds whatever another tab saved meanwhile: discard the version there is now
            long version = files.open(id).file().version();
            try {
                OwnFiles.call(() -> lifecycle.discard(id, version, visit.caller()));
                return pages.redirect("/files");
            } catch (ConcurrentChangeException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }
}

package org.eregistrations.web.parta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileService;
import org.eregistrations.web.file.FileTitles;
import org.eregistrations.web.file.InvalidValueException;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.Links;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.FileRecord;
import org.jboss.resteasy.reactive.RestForm;

/** My files (Part A): the visitor's files with their status and what comes next, and a new file for a service. */
@Path("/files")
@Produces(MediaType.TEXT_HTML)
public class MyFilesPage {
    private final FileService files;
    private final PublishedServices services;
    private final FileTitles titles;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    MyFilesPage(
            FileService files,
            PublishedServices services,
            FileTitles titles,
            LocalTimes times,
            Visit visit,
            Pages pages) {
        this.files = files;
        this.services = services;
        this.titles = titles;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** A file in My files; {@code discardHref} only for a draft. */
    public record FileItem(
            String id,
            String number,
            String title,
            String service,
            String status,
            String statusText,
            String next,
            String href,
            String created,
            String discardHref) {}

    /** A service a new file can be started for. */
    public record ServiceChoice(String id, String name) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageInfo page, List<FileItem> files, List<ServiceChoice> services);
    }

    @GET
    public Response showFiles() {
        Caller caller = visit.caller();
        Optional<String> pending = visit.pendingStart();
        if (pending.isPresent()) {
            visit.forgetStart();
            if (startable(pending.get()) && caller.has(Caller.INVESTOR)) {
                return start(pending.get(), caller);
            }
        }
        String lang = visit.language().code();
        List<FileItem> items = new ArrayList<>();
        List<FileRecord> own = files.listOwn(caller);
        Map<UUID, String> titled = titles.of(own);
        for (FileRecord file : own) {
            String service = services.find(file.serviceId)
                    .map(s -> s.catalogue().name().in(lang))
                    .orElse(file.serviceId);
            boolean draft = file.status == FileStatus.DRAFT;
            items.add(new FileItem(
                    file.id.toString(),
                    FileNumbers.of(file),
                    titled.getOrDefault(file.id, ""),
                    service,
                    file.status.name(),
                    Texts.get(lang, "status_" + file.status),
                    Texts.get(lang, "next_" + file.status),
                    "/files/" + file.id + (draft ? "/guide" : ""),
                    times.minute(file.createdAt),
                    draft ? "/files/" + file.id + "/discard" : null));
        }
        List<ServiceChoice> choices = services.all().stream()
                .filter(s -> !s.retired())
                .map(s -> new ServiceChoice(
                        s.catalogue().id(), s.catalogue().name().in(lang)))
                .toList();
        return pages.html(Templates.list(visit.info(), items, choices));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startFile(@RestForm String serviceId, @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        if (serviceId == null || !startable(serviceId)) {
            throw new PageNotFoundException();
        }
        if (visit.session().isEmpty()) {
            // the start page's button, before logging in: the file is started once the visitor has logged in
            visit.rememberStart(serviceId);
            return pages.redirect("/login?next=" + Links.encode("/files"));
        }
        return start(serviceId, visit.caller());
    }

    private Response start(String serviceId, Caller caller) {
        try {
            UUID id = files.createFile(serviceId, caller).id();
            return pages.redirect("/files/" + id + "/guide");
        } catch (InvalidValueException e) {
            throw new PageNotFoundException();
        }
    }

    /** Whether a new file can be started for this service: published and not retired. */
    private boolean startable(String serviceId) {
        return services.find(serviceId).filter(service -> !service.retired()).isPresent();
    }
}

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.ContentDisposition;
import org.eregistrations.web.file.DocumentService;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.InvalidValueException;
import org.eregistrations.web.parta.Costs.CostItem;
import org.eregistrations.web.parta.FileHeaders.Header;
import org.eregistrations.web.parta.UploadViews.UploadItem;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.ConcurrentChangeException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The documents and payments pages (Part A): the documents the requirements ask for and the receipts of the payable
 * costs, each uploaded on its own and served back to the owner only, sandboxed.
 */
@Path("/files")
@Produces(MediaType.TEXT_HTML)
public class DocumentsPage {
    /** The name of the page form's file input of an upload: {@code document.<upload>}. */
    private static final String CHOSEN = "document.";

    private final OwnFiles own;
    private final DocumentService documents;
    private final Visit visit;
    private final Pages pages;
    private final long maxUploadBytes;

    DocumentsPage(OwnFiles own, DocumentService documents, Visit visit, Pages pages, AppConfig config) {
        this.own = own;
        this.documents = documents;
        this.visit = visit;
        this.pages = pages;
        this.maxUploadBytes = config.maxUploadBytes();
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance uploads(
                PageInfo page,
                Header file,
                List<UploadItem> uploads,
                String namespace,
                List<CostItem> costs,
                String total,
                String maxSize);
    }

    /** The documents (step 2) or payments (step 3) page. */
    @GET
    @Path("{id}/{tab: documents|payments}")
    public Response showUploads(@PathParam("id") UUID id, @PathParam("tab") String tab) {
        return uploads(own.open(id), namespace(tab), Map.of(), 200);
    }

    /** One document uploaded on its own (the page's form, or a client of this single upload). */
    @POST
    @Path("{id}/{tab: documents|payments}/{upload}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @PathParam("id") UUID id,
            @PathParam("tab") String tab,
            @PathParam("upload") String upload,
            @RestForm("document") FileUpload document,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        String problem = store(id, namespace(tab), upload, document);
        if (problem != null) {
            return uploads(own.open(id), namespace(tab), Map.of(upload, problem), 400);
        }
        return pages.redirect("/files/" + id + "/" + tab + "#u-" + upload);
    }

    /**
     * The page's form: every chosen file ({@code document.<upload>}) is uploaded, whichever button was pressed, so a
     * file chosen before "Save and continue" is never dropped. When one cannot be stored the page stays, saying why
     * next to it; otherwise it goes on to the tab asked for ({@code go}), or back to the upload whose button was pressed.
     */
    @POST
    @Path("{id}/{tab: documents|payments}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response saveUploads(
            @PathParam("id") UUID id,
            @PathParam("tab") String tab,
            @RestForm(FileUpload.ALL) List<FileUpload> parts,
            @RestForm("upload") String pressed,
            @RestForm("go") String go,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Map<String, FileUpload> chosen = new LinkedHashMap<>();
        for (FileUpload part : parts) {
            if (part.name().startsWith(CHOSEN)
                    && part.fileName() != null
                    && !part.fileName().isBlank()) {
                chosen.put(part.name().substring(CHOSEN.length()), part);
            }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (pressed != null && !chosen.containsKey(pressed)) {
            problems.put(pressed, Texts.get(lang(), "error_upload_none"));
        }
        chosen.forEach((upload, document) -> {
            String problem = store(id, namespace(tab), upload, document);
            if (problem != null) {
                problems.put(upload, problem);
            }
        });
        if (!problems.isEmpty()) {
            return uploads(own.open(id), namespace(tab), problems, 400);
        }
        if (go != null && FileHeaders.TABS.contains(go)) {
            return pages.redirect("/files/" + id + "/" + go);
        }
        return pages.redirect("/files/" + id + "/" + tab + (pressed == null ? "" : "#u-" + pressed));
    }

    /** Stores one chosen document; what is wrong with it, in the visitor's language, when it cannot be stored. */
    private String store(UUID id, String namespace, String upload, FileUpload document) {
        if (document == null || document.uploadedFile() == null) {
            return Texts.get(lang(), "error_upload_none");
        }
        if (document.size() == 0) {
            return Texts.get(lang(), "error_upload_empty");
        }
        Caller caller = visit.caller();
        Opened opened = own.open(id); // read again for each: the previous upload moved the file's version on
        try {
            OwnFiles.call(() -> documents.upload(
                    id,
                    opened.file().version(),
                    namespace,
                    upload,
                    document.uploadedFile(),
                    safeName(document.fileName()),
                    caller));
            return null;
        } catch (InvalidValueException e) {
            return e.getMessage().contains("is not asked")
                    ? Texts.get(lang(), "error_upload_not_asked")
                    : e.getMessage().contains("bytes")
                            ? Texts.get(lang(), "error_upload_size", "max", maxSize())
                            : Texts.get(lang(), "error_upload_type");
        } catch (ConcurrentChangeException e) {
            return Texts.get(lang(), "error_concurrent");
        }
    }

    @GET
    @Path("{id}/{tab: documents|payments}/{upload}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response download(
            @PathParam("id") UUID id, @PathParam("tab") String tab, @PathParam("upload") String upload) {
        Caller caller = visit.caller();
        own.open(id);
        DocumentService.Document document =
                OwnFiles.call(() -> documents.readDocument(id, namespace(tab), upload, caller));
        return Response.ok(document.content().toFile())
                .type(document.mediaType())
                .header("Content-Disposition", ContentDisposition.of("inline", safeName(document.name())))
                .header(
                        "Content-Security-Policy",
                        "sandbox; default-src 'none'; img-src 'self'; plugin-types application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** Documents are requirement uploads; payments are receipt uploads. */
    private static String namespace(String tab) {
        return tab.equals("documents") ? "requirementUploads" : "paymentReceiptUploads";
    }

    private Response uploads(Opened opened, String namespace, Map<String, String> problems, int status) {
        UploadViews views = new UploadViews(opened, lang());
        Costs costs = new Costs(opened, lang());
        boolean receipts = namespace.equals("paymentReceiptUploads");
        Header header = new FileHeaders(opened, lang()).header(receipts ? "payments" : "documents");
        List<UploadItem> items = receipts ? views.receiptUploads(problems) : views.requirementUploads(problems);
        List<CostItem> shown = receipts ? costs.items() : List.of();
        return pages.html(
                Templates.uploads(visit.info(), header, items, namespace, shown, costs.total(), maxSize()), status);
    }

    private String lang() {
        return visit.language().code();
    }

    private String maxSize() {
        return (maxUploadBytes / (1024 * 1024)) + " MB";
    }

    /** A file name safe to show and to put in a header: no path, no quotes or control characters. */
    static String safeName(String name) {
        if (name == null) {
            return "document";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"';]", "_");
        return base.isBlank() ? "document" : base.length() > 120 ? base.substring(0, 120) : base;
    }
}

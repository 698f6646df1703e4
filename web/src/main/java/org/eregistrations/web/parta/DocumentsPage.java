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
        Caller caller = visit.caller();
        Opened opened = own.open(id);
        String namespace = namespace(tab);
        String problem = null;
        if (document == null || document.uploadedFile() == null) {
            problem = Texts.get(lang(), "error_upload_none");
        } else if (document.size() == 0) {
            problem = Texts.get(lang(), "error_upload_empty");
        } else {
            try {
                OwnFiles.call(() -> documents.upload(
                        id,
                        opened.file().version(),
                        namespace,
                        upload,
                        document.uploadedFile(),
                        safeName(document.fileName()),
                        caller));
            } catch (InvalidValueException e) {
                problem = e.getMessage().contains("is not asked")
                        ? Texts.get(lang(), "error_upload_not_asked")
                        : e.getMessage().contains("bytes")
                                ? Texts.get(lang(), "error_upload_size", "max", maxSize())
                                : Texts.get(lang(), "error_upload_type");
            } catch (ConcurrentChangeException e) {
                problem = Texts.get(lang(), "error_concurrent");
            }
        }
        if (problem != null) {
            return uploads(own.open(id), namespace, Map.of(upload, problem), 400);
        }
        return pages.redirect("/files/" + id + "/" + tab + "#u-" + upload);
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

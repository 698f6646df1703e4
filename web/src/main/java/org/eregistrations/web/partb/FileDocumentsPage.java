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
import java.util.List;
import java.util.UUID;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.ContentDisposition;
import org.eregistrations.web.file.DocumentService;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.partb.DocumentViews.DocumentItem;
import org.eregistrations.web.partb.ReviewPage.Header;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;

/** What an officer reads of a file besides its review: its documents one by one, downloads, issued certificates. */
@Path("/work/files")
@Produces(MediaType.TEXT_HTML)
public class FileDocumentsPage {
    private final WorkedFiles files;
    private final DocumentService documents;
    private final ReviewCertificates issued;
    private final Visit visit;
    private final Pages pages;

    FileDocumentsPage(
            WorkedFiles files, DocumentService documents, ReviewCertificates issued, Visit visit, Pages pages) {
        this.files = files;
        this.documents = documents;
        this.issued = issued;
        this.visit = visit;
        this.pages = pages;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(
                PageInfo page,
                Header file,
                DocumentItem document,
                int position,
                int count,
                String previous,
                String next);
    }

    /** The file's documents one by one inside the page (PDF and images), with the previous and the next. */
    @GET
    @Path("{id}/view/{position: [0-9]{1,4}}")
    public Response showDocument(@PathParam("id") UUID id, @PathParam("position") int position) {
        Caller officer = files.officer();
        Opened opened = files.open(id, officer);
        String lang = visit.language().code();
        List<DocumentItem> all = new DocumentViews(opened, lang).documents();
        if (position < 1 || position > all.size()) {
            throw new PageNotFoundException();
        }
        String base = "/work/files/" + id + "/view/";
        return pages.html(Templates.document(
                visit.info(),
                ReviewPage.header(opened, lang),
                all.get(position - 1),
                position,
                all.size(),
                position > 1 ? base + (position - 1) : null,
                position < all.size() ? base + (position + 1) : null));
    }

    /** A certificate issued to the file, as a PDF. */
    @GET
    @Path("{id}/certificates/{certificate}")
    @Produces("application/pdf")
    public Response downloadCertificate(@PathParam("id") UUID id, @PathParam("certificate") String certificate) {
        Caller officer = files.officer();
        return issued.pdf(files.open(id, officer), certificate);
    }

    @GET
    @Path("{id}/documents/{namespace: requirementUploads|paymentReceiptUploads}/{upload}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response download(
            @PathParam("id") UUID id,
            @PathParam("namespace") String namespace,
            @PathParam("upload") String upload,
            @QueryParam("inline") boolean inline) {
        Caller officer = files.officer();
        files.open(id, officer);
        DocumentService.Document document =
                WorkedFiles.call(() -> documents.readDocument(id, namespace, upload, officer));
        // shown inside the review page: framed by this site only, nothing of the document runs or loads
        return Response.ok(document.content().toFile())
                .type(document.mediaType())
                .header("Content-Disposition", ContentDisposition.of(inline ? "inline" : "attachment", document.name()))
                .header(
                        "Content-Security-Policy",
                        inline
                                ? "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
                                : "sandbox; default-src 'none'")
                .header("X-Frame-Options", inline ? "SAMEORIGIN" : "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}

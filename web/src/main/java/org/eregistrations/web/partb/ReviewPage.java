package org.eregistrations.web.partb;

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
import java.util.UUID;
import org.eregistrations.web.certify.CertificateUploadException;
import org.eregistrations.web.file.AccessDeniedException;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.ContentDisposition;
import org.eregistrations.web.file.DocumentService;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.partb.ReviewViews.DocumentItem;
import org.eregistrations.web.partb.ReviewViews.SectionItem;
import org.eregistrations.web.partb.ReviewViews.StepItem;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.FileRecord;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Reviewing a sent file (Part B): the file as sent, its documents, its steps, and a form for each step to decide. */
@Path("/work/files")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {
    private final WorkedFiles files;
    private final DocumentService documents;
    private final ReviewCertificates issued;
    private final Visit visit;
    private final Pages pages;

    ReviewPage(WorkedFiles files, DocumentService documents, ReviewCertificates issued, Visit visit, Pages pages) {
        this.files = files;
        this.documents = documents;
        this.issued = issued;
        this.visit = visit;
        this.pages = pages;
    }

    /** What the page says about the file: its number and service. */
    public record Header(String id, String number, String service, String status, String statusText) {}

    /** A refused decision shown next to its step's form, with the reason as it was entered. */
    public record Problem(String step, String textKey, String reason) {}

    /**
     * A certificate issued to the file: its PDF, whether this officer may replace it by a signed one, and why an upload
     * was just refused (a text key), if it was.
     */
    public record CertificateItem(
            String id,
            String name,
            String number,
            String issuedOn,
            String href,
            boolean replaceable,
            String problemKey) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(
                PageInfo page,
                Header file,
                List<SectionItem> sections,
                List<DocumentItem> documents,
                List<StepItem> steps,
                List<CertificateItem> certificates,
                long version,
                Problem problem);
    }

    @GET
    @Path("{id}")
    public Response showFile(@PathParam("id") UUID id) {
        Caller officer = files.officer();
        return review(files.open(id, officer), officer, null, 200);
    }

    /** A certificate issued to the file, as a PDF. */
    @GET
    @Path("{id}/certificates/{certificate}")
    @Produces("application/pdf")
    public Response downloadCertificate(@PathParam("id") UUID id, @PathParam("certificate") String certificate) {
        Caller officer = files.officer();
        return issued.pdf(files.open(id, officer), certificate);
    }

    /**
     * An officer of the step that issued a certificate replaces its PDF by a signed one (PDF only); a file that is no
     * PDF is refused next to the certificate, and an officer of another step gets a page of its own (403).
     */
    @POST
    @Path("{id}/certificates/{certificate}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadSigned(
            @PathParam("id") UUID id,
            @PathParam("certificate") String certificate,
            @RestForm("document") FileUpload document,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller officer = files.officer();
        Opened opened = files.open(id, officer);
        try {
            boolean chosen = document != null
                    && document.fileName() != null
                    && !document.fileName().isBlank();
            issued.replacePdf(opened, certificate, chosen ? document.uploadedFile() : null, officer);
        } catch (CertificateUploadException e) {
            return review(
                    opened, officer, new Problem(ReviewCertificates.problemAt(certificate), e.textKey(), null), 400);
        } catch (AccessDeniedException e) {
            throw new WorkRefusedException(
                    403, "refused_certificate_title", "refused_certificate_text", "/work/files/" + id);
        }
        return pages.redirect("/work/files/" + id + "#certificates");
    }

    @GET
    @Path("{id}/documents/{namespace: requirementUploads|paymentReceiptUploads}/{upload}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response download(
            @PathParam("id") UUID id, @PathParam("namespace") String namespace, @PathParam("upload") String upload) {
        Caller officer = files.officer();
        files.open(id, officer);
        DocumentService.Document document =
                WorkedFiles.call(() -> documents.readDocument(id, namespace, upload, officer));
        return Response.ok(document.content().toFile())
                .type(document.mediaType())
                .header("Content-Disposition", ContentDisposition.of("attachment", document.name()))
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** An officer's decision on a step of the file; back to the step's queue once it is stored. */
    @POST
    @Path("{id}/steps/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @PathParam("id") UUID id,
            @PathParam("step") String step,
            @RestForm String decision,
            @RestForm String reason,
            @RestForm String confirm,
            @RestForm String version,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller officer = files.officer();
        Opened opened = files.open(id, officer);
        String refused = files.refusal(opened, officer, step, decision, reason, confirm, version);
        if (refused != null) {
            return review(opened, officer, new Problem(step, refused, reason), 400);
        }
        files.decide(opened, step, decision, reason, officer);
        return pages.redirect("/work/" + opened.file().serviceId() + "/" + step);
    }

    /** An officer takes the file at an assignable step: only they decide it from now on. */
    @POST
    @Path("{id}/steps/{step}/take")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response take(
            @PathParam("id") UUID id,
            @PathParam("step") String step,
            @RestForm String version,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller officer = files.officer();
        files.take(files.open(id, officer), step, version, officer);
        return pages.redirect("/work/files/" + id);
    }

    private Response review(Opened opened, Caller officer, Problem problem, int status) {
        String lang = visit.language().code();
        ReviewViews views = new ReviewViews(opened, lang);
        FileRecord record = FileRecord.findById(opened.file().id());
        Header header = new Header(
                opened.file().id().toString(),
                FileNumbers.of(record),
                opened.catalogue().name().in(lang),
                opened.file().status().name(),
                Texts.get(lang, "status_" + opened.file().status()));
        return pages.html(
                Templates.review(
                        visit.info(),
                        header,
                        views.sections(),
                        views.documents(),
                        views.steps(officer),
                        issued.items(opened, officer, lang, problem),
                        opened.file().version(),
                        problem),
                status);
    }
}

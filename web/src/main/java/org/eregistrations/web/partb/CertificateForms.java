package org.eregistrations.web.partb;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eregistrations.web.certify.CertificateUploadException;
import org.eregistrations.web.file.AccessDeniedException;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.partb.ReviewPage.Problem;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The forms of the review page on an issued certificate: a signed PDF in its place, its revocation. */
@Path("/work/files")
@Produces(MediaType.TEXT_HTML)
public class CertificateForms {
    private final WorkedFiles files;
    private final ReviewCertificates issued;
    private final ReviewPage reviews;
    private final Visit visit;
    private final Pages pages;

    CertificateForms(WorkedFiles files, ReviewCertificates issued, ReviewPage reviews, Visit visit, Pages pages) {
        this.files = files;
        this.issued = issued;
        this.reviews = reviews;
        this.visit = visit;
        this.pages = pages;
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
            return reviews.review(
                    opened, officer, new Problem(ReviewCertificates.problemAt(certificate), e.textKey(), null), 400);
        } catch (AccessDeniedException e) {
            throw new WorkRefusedException(
                    403, "refused_certificate_title", "refused_certificate_text", "/work/files/" + id);
        }
        return pages.redirect("/work/files/" + id + "#certificates");
    }

    /**
     * An officer of the issuing step, or a supervisor of it, revokes a certificate with a reason; without one it is
     * refused next to the certificate, and anyone else gets a page of its own (403).
     */
    @POST
    @Path("{id}/certificates/{certificate}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(
            @PathParam("id") UUID id,
            @PathParam("certificate") String certificate,
            @RestForm String reason,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        Caller officer = files.officer();
        Opened opened = files.open(id, officer);
        try {
            issued.revoke(opened, certificate, reason, officer);
        } catch (CertificateUploadException e) {
            return reviews.review(
                    opened, officer, new Problem(ReviewCertificates.problemAt(certificate), e.textKey(), null), 400);
        } catch (AccessDeniedException e) {
            throw new WorkRefusedException(
                    403, "refused_certificate_title", "refused_certificate_text", "/work/files/" + id);
        }
        return pages.redirect("/work/files/" + id + "#certificates");
    }
}

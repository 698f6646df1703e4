package org.eregistrations.web.parta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.parta.FileHeaders.Header;
import org.eregistrations.web.parta.StatusViews.StepItem;
import org.eregistrations.web.parta.StillMissing.MissingItem;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;

/**
 * The file's own page (Part A): what a draft still needs, and after sending its processing steps with the officers'
 * decisions and, once approved, its certificates as PDFs.
 */
@Path("/files")
@Produces(MediaType.TEXT_HTML)
public class FileStatusPage {
    private final OwnFiles files;
    private final FileCertificates certificates;
    private final Visit visit;
    private final Pages pages;
    private final StatusLog log;

    FileStatusPage(OwnFiles files, FileCertificates certificates, Visit visit, Pages pages, StatusLog log) {
        this.files = files;
        this.certificates = certificates;
        this.visit = visit;
        this.pages = pages;
        this.log = log;
    }

    /** A certificate of an approved file: its PDF's link, number and date once issued (no link while it is not). */
    public record CertificateItem(
            String id, String name, String href, String number, String issuedOn, boolean revoked) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(
                PageInfo page,
                Header file,
                List<StepItem> steps,
                List<CertificateItem> certificates,
                List<MissingItem> missing,
                List<CorrectionViews.CorrectionItem> corrections,
                List<StatusLog.LogItem> log);
    }

    @GET
    @Path("{id}")
    public Response showFile(@PathParam("id") UUID id) {
        Opened opened = files.open(id);
        return pages.html(Templates.overview(
                visit.info(),
                new FileHeaders(opened, lang()).header(""),
                new StatusViews(opened, lang()).steps(),
                certificates.items(opened, lang()),
                new StillMissing(opened, lang()).items(),
                new CorrectionViews(opened, lang()).items(),
                log.of(opened, lang())));
    }

    /** A certificate of an approved file, as a PDF. */
    @GET
    @Path("{id}/certificates/{certificate}")
    @Produces("application/pdf")
    public Response downloadCertificate(@PathParam("id") UUID id, @PathParam("certificate") String certificate) {
        return certificates.download(
                files.open(id), certificate, lang(), visit.login().displayName());
    }

    private String lang() {
        return visit.language().code();
    }
}

package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.parta.FileHeaders.Header;
import org.eregistrations.web.parta.StatusViews.StepItem;
import org.eregistrations.web.parta.StillMissing.MissingItem;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.FileRecord;

/**
 * The file's own page (Part A): what a draft still needs, and after sending its processing steps with the officers'
 * decisions and, once approved, its certificates as PDFs.
 */
@Path("/files")
@Produces(MediaType.TEXT_HTML)
public class FileStatusPage {
    private final OwnFiles files;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;
    private final StatusLog log;

    FileStatusPage(OwnFiles files, LocalTimes times, Visit visit, Pages pages, StatusLog log) {
        this.files = files;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
        this.log = log;
    }

    /** A certificate of an approved file. */
    public record CertificateItem(String id, String name, String href) {}

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
        StatusViews views = new StatusViews(opened, lang());
        List<CertificateItem> certificates = opened.file().status() == FileStatus.APPROVED
                ? views.certificates().stream()
                        .map(c ->
                                new CertificateItem(c, views.certificateName(c), "/files/" + id + "/certificates/" + c))
                        .toList()
                : List.of();
        return pages.html(Templates.overview(
                visit.info(),
                new FileHeaders(opened, lang()).header(""),
                views.steps(),
                certificates,
                new StillMissing(opened, lang()).items(),
                new CorrectionViews(opened, lang()).items(),
                log.of(opened, lang())));
    }

    /** A certificate of an approved file, as a PDF. */
    @GET
    @Path("{id}/certificates/{certificate}")
    @Produces("application/pdf")
    public Response downloadCertificate(@PathParam("id") UUID id, @PathParam("certificate") String certificate) {
        Opened opened = files.open(id);
        StatusViews views = new StatusViews(opened, lang());
        if (opened.file().status() != FileStatus.APPROVED
                || !views.certificates().contains(certificate)) {
            throw new PageNotFoundException();
        }
        String lang = lang();
        var catalogue = opened.catalogue();
        String institution = catalogue.certificates().stream()
                .filter(c -> c.id().equals(certificate))
                .findFirst()
                .flatMap(c -> catalogue.institutions().stream()
                        .filter(i -> i.id().equals(c.institution()))
                        .findFirst())
                .map(i -> i.name().in(lang))
                .orElse("");
        JsonNode holder = catalogue
                .certificateHolderPath()
                .map(path -> opened.file().values().get(path))
                .orElse(null);
        FileRecord record = FileRecord.findById(id);
        byte[] pdf = CertificatePdf.render(
                Texts.get(lang, "certificate_title"),
                views.certificateName(certificate),
                List.of(
                        new CertificatePdf.Line(
                                Texts.get(lang, "certificate_holder"),
                                holder != null && !holder.isNull()
                                        ? holder.asText()
                                        : visit.login().displayName()),
                        new CertificatePdf.Line(Texts.get(lang, "certificate_institution"), institution),
                        new CertificatePdf.Line(Texts.get(lang, "certificate_file"), FileNumbers.of(record)),
                        new CertificatePdf.Line(Texts.get(lang, "certificate_date"), times.day(record.updatedAt))));
        return Response.ok(pdf)
                .type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + certificate + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private String lang() {
        return visit.language().code();
    }
}

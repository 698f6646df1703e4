package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.certify.CertificateService;
import org.eregistrations.web.certify.IssuedCertificate;
import org.eregistrations.web.file.ContentDisposition;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.parta.FileStatusPage.CertificateItem;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.store.FileRecord;

/**
 * The certificates of an approved file as its investor gets them: each one issued by its step, as the PDF stored when
 * it was issued (or the officer's signed one). A file approved before certificates were issued (none issued to it)
 * still gets its certificates printed on request, as it did then.
 */
@ApplicationScoped
class FileCertificates {
    private final CertificateService certificates;
    private final LocalTimes times;

    FileCertificates(CertificateService certificates, LocalTimes times) {
        this.certificates = certificates;
        this.times = times;
    }

    /** The certificates the page lists: none before approval; a certificate not (yet) issued without a link. */
    List<CertificateItem> items(Opened opened, String lang) {
        if (opened.file().status() != FileStatus.APPROVED) {
            return List.of();
        }
        StatusViews views = new StatusViews(opened, lang);
        Map<String, IssuedCertificate> issued = issued(opened);
        String files = "/files/" + opened.file().id() + "/certificates/";
        return views.certificates().stream()
                .map(c -> {
                    IssuedCertificate certificate = issued.get(c);
                    boolean offered = certificate != null || issued.isEmpty();
                    return new CertificateItem(
                            c,
                            views.certificateName(c),
                            offered ? files + c : null,
                            certificate == null ? null : certificate.number(),
                            certificate == null ? null : times.day(certificate.issuedAt()),
                            certificate != null && certificate.status() == IssuedCertificate.Status.REVOKED);
                })
                .toList();
    }

    /** The PDF of a certificate of the approved file; a page not found for any other. */
    Response download(Opened opened, String certificate, String lang, String investorName) {
        if (opened.file().status() != FileStatus.APPROVED
                || !new StatusViews(opened, lang).certificates().contains(certificate)) {
            throw new PageNotFoundException();
        }
        Map<String, IssuedCertificate> issued = issued(opened);
        if (issued.containsKey(certificate)) {
            IssuedCertificate found = issued.get(certificate);
            return pdf(
                    certificates
                            .pdf(opened, certificate)
                            .orElseThrow(PageNotFoundException::new)
                            .toFile(),
                    certificate + "-" + found.number() + ".pdf");
        }
        if (!issued.isEmpty()) {
            throw new PageNotFoundException(); // not issued to this file, whose others were
        }
        return pdf(printedOnRequest(opened, certificate, lang, investorName), certificate + ".pdf");
    }

    private Map<String, IssuedCertificate> issued(Opened opened) {
        return certificates.issued(opened).stream()
                .collect(Collectors.toMap(IssuedCertificate::certificateId, Function.identity()));
    }

    private byte[] printedOnRequest(Opened opened, String certificate, String lang, String investorName) {
        Catalogue catalogue = opened.catalogue();
        String institution = catalogue
                .certificate(certificate)
                .flatMap(c -> catalogue.institutions().stream()
                        .filter(i -> i.id().equals(c.institution()))
                        .findFirst())
                .map(i -> i.name().in(lang))
                .orElse("");
        JsonNode holder = catalogue
                .certificateHolderPath()
                .map(path -> opened.file().values().get(path))
                .orElse(null);
        FileRecord record = FileRecord.findById(opened.file().id());
        return CertificatePdf.render(
                Texts.get(lang, "certificate_title"),
                new StatusViews(opened, lang).certificateName(certificate),
                List.of(
                        new CertificatePdf.Line(
                                Texts.get(lang, "certificate_holder"),
                                holder != null && !holder.isNull() ? holder.asText() : investorName),
                        new CertificatePdf.Line(Texts.get(lang, "certificate_institution"), institution),
                        new CertificatePdf.Line(Texts.get(lang, "certificate_file"), FileNumbers.of(record)),
                        new CertificatePdf.Line(Texts.get(lang, "certificate_date"), times.day(record.updatedAt))));
    }

    private static Response pdf(Object content, String name) {
        return Response.ok(content)
                .type("application/pdf")
                .header("Content-Disposition", ContentDisposition.of("attachment", name))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}

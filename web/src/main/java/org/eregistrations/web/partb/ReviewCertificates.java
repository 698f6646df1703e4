package org.eregistrations.web.partb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.List;
import org.eregistrations.web.certify.CertificateService;
import org.eregistrations.web.certify.IssuedCertificate;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.ContentDisposition;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.partb.ReviewPage.CertificateItem;
import org.eregistrations.web.partb.ReviewPage.Problem;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageNotFoundException;

/** The certificates issued to a file as the review page shows them: each with its PDF and, for its officers, an upload. */
@ApplicationScoped
class ReviewCertificates {
    /** What a refused upload of a signed certificate is shown next to, in place of a step. */
    private static final String CERTIFICATE = "certificate:";

    private final CertificateService certificates;
    private final LocalTimes times;

    ReviewCertificates(CertificateService certificates, LocalTimes times) {
        this.certificates = certificates;
        this.times = times;
    }

    /** Where the page shows a refused upload of this certificate's signed PDF. */
    static String problemAt(String certificate) {
        return CERTIFICATE + certificate;
    }

    List<CertificateItem> items(Opened opened, Caller officer, String lang, Problem problem) {
        return certificates.issued(opened).stream()
                .map(c -> new CertificateItem(
                        c.certificateId(),
                        opened.catalogue()
                                .certificate(c.certificateId())
                                .map(found -> found.name().in(lang))
                                .orElse(c.certificateId()),
                        c.number(),
                        times.day(c.issuedAt()),
                        "/work/files/" + opened.file().id() + "/certificates/" + c.certificateId(),
                        certificates.replaceable(opened, c, officer),
                        c.status() == IssuedCertificate.Status.REVOKED,
                        certificates.revocable(opened, c, officer),
                        problem != null && problem.step().equals(problemAt(c.certificateId()))
                                ? problem.textKey()
                                : null))
                .toList();
    }

    /** The PDF of a certificate issued to the file; a page not found for any other. */
    Response pdf(Opened opened, String certificate) {
        Path pdf = certificates.pdf(opened, certificate).orElseThrow(PageNotFoundException::new);
        return Response.ok(pdf.toFile())
                .type("application/pdf")
                .header("Content-Disposition", ContentDisposition.of("attachment", certificate + ".pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    void revoke(Opened opened, String certificate, String reason, Caller officer) {
        certificates.revoke(opened, certificate, reason, officer);
    }

    void replacePdf(Opened opened, String certificate, Path upload, Caller officer) {
        certificates.replacePdf(opened, certificate, upload, officer);
    }
}

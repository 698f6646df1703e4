package org.eregistrations.web.certify;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eregistrations.web.certify.CertificateService.Verification;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;

/**
 * The public verification page a certificate's QR code links to, for anyone (no login): the certificate's name, holder,
 * number, date of issue and status — nothing else of the file. An unknown or malformed code is a page not found.
 */
@Path("/verify")
public class VerifyPage {
    private final CertificateService certificates;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    VerifyPage(CertificateService certificates, LocalTimes times, Visit visit, Pages pages) {
        this.certificates = certificates;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** What the page says of a certificate. */
    public record Verified(
            String name, String holder, String number, String issuedOn, String status, String statusKey) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(PageInfo page, Verified certificate);
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response showCertificate(@PathParam("code") String code) {
        Verification found = certificates.verify(code).orElseThrow(PageNotFoundException::new);
        IssuedCertificate certificate = found.certificate();
        Verified verified = new Verified(
                found.name().in(visit.language().code()),
                certificate.holder(),
                certificate.number(),
                times.day(certificate.issuedAt()),
                certificate.status().name(),
                "verify_status_" + certificate.status().name());
        return Response.fromResponse(pages.html(Templates.verify(visit.info(), verified)))
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}

package org.eregistrations.web.certify;

import java.util.Map;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Certificate;
import org.eregistrations.web.site.Language;
import org.eregistrations.web.site.Texts;

/**
 * What a certificate's template may print (docs/configurator-guide.md §3.10), as plain texts: names in the service's
 * first language, the QR code as an image address.
 */
record CertificateValues(
        Catalogue catalogue,
        Certificate certificate,
        String holder,
        String number,
        String issuedOn,
        String fileNumber,
        String verifyUrl) {
    Map<String, Object> map() {
        String lang =
                catalogue.languages().isEmpty() ? "en" : catalogue.languages().get(0);
        String texts = Language.SUPPORTED.contains(lang) ? lang : "en";
        String institution = catalogue.institutions().stream()
                .filter(i -> i.id().equals(certificate.institution()))
                .findFirst()
                .map(i -> i.name().in(lang))
                .orElse("");
        return Map.ofEntries(
                Map.entry("certificate", certificate.name().in(lang)),
                Map.entry("institution", institution),
                Map.entry("holder", holder),
                Map.entry("number", number),
                Map.entry("issuedOn", issuedOn),
                Map.entry("service", catalogue.name().in(lang)),
                Map.entry("fileNumber", fileNumber),
                Map.entry("qr", QrCodes.pngDataUri(verifyUrl)),
                Map.entry("verifyUrl", verifyUrl),
                Map.entry("lang", lang),
                Map.entry(
                        "labels",
                        Map.of(
                                "institution", Texts.get(texts, "certify_pdf_institution"),
                                "holder", Texts.get(texts, "certify_pdf_holder"),
                                "number", Texts.get(texts, "certify_pdf_number"),
                                "issuedOn", Texts.get(texts, "certify_pdf_issued_on"),
                                "file", Texts.get(texts, "certify_pdf_file"),
                                "verify", Texts.get(texts, "certify_pdf_verify"))));
    }
}

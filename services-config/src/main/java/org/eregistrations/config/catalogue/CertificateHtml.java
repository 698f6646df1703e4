package org.eregistrations.config.catalogue;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Variant;
import java.util.List;
import java.util.Map;

/**
 * A certificate's template rendered into XHTML: Qute with its default resolvers only, so a template reads the plain
 * values it is given (texts and maps of texts, HTML-escaped) and cannot call methods of objects; an unknown value is
 * an error, not an empty text. The validator renders every template with {@link #SAMPLE} values.
 *
 * <pre>{@code
 * String xhtml = CertificateHtml.render("<p>{number}</p>", Map.of("number", "NIT-2026-000042"));
 * }</pre>
 */
public final class CertificateHtml {
    /** Values of every name a template may use (docs/configurator-guide.md §3.10), as the validator renders them. */
    public static final Map<String, Object> SAMPLE = Map.ofEntries(
            Map.entry("certificate", "Certificate"),
            Map.entry("institution", "Institution"),
            Map.entry("holder", "Holder"),
            Map.entry("number", "N-2026-000001"),
            Map.entry("issuedOn", "2026-01-01"),
            Map.entry("service", "Service"),
            Map.entry("fileNumber", "2026-000001"),
            Map.entry("qr", "data:image/png;base64,AA=="),
            Map.entry("verifyUrl", "https://example.org/verify/code"),
            Map.entry("lang", "en"),
            Map.entry(
                    "labels",
                    Map.of(
                            "institution", "Issued by",
                            "holder", "Holder",
                            "number", "Number",
                            "issuedOn", "Date of issue",
                            "file", "File",
                            "verify", "Verify")));

    private static final Engine ENGINE = Engine.builder()
            .addDefaults()
            .strictRendering(true)
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .build();

    private CertificateHtml() {}

    /** The template filled in with these values; a {@code TemplateException} names the line of what is wrong. */
    public static String render(String template, Map<String, Object> values) {
        return ENGINE.parse(template, Variant.forContentType(Variant.TEXT_HTML))
                .data(values)
                .render();
    }
}

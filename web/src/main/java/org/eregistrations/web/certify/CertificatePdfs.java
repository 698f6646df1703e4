package org.eregistrations.web.certify;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Variant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A certificate's PDF: its bundle's template (or the default layout) rendered by Qute into XHTML, printed by
 * openhtmltopdf on PDFBox. Templates see only the plain values they are given (no reflection on objects), escaped.
 */
final class CertificatePdfs {
    private static final Engine ENGINE = Engine.builder()
            .addDefaults()
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .build();
    private static final String DEFAULT_LAYOUT = resource("/certify/default-certificate.html");

    private CertificatePdfs() {}

    /** The PDF of a template (the default layout when there is none) with these values. */
    static byte[] render(Optional<String> template, Map<String, Object> values) {
        String html = ENGINE.parse(template.orElse(DEFAULT_LAYOUT), Variant.forContentType(Variant.TEXT_HTML))
                .data(values)
                .render();
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = CertificatePdfs.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}

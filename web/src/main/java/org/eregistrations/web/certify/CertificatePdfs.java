package org.eregistrations.web.certify;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.config.catalogue.CertificateHtml;

/**
 * A certificate's PDF: its bundle's template (or the default layout) rendered into XHTML by {@link CertificateHtml}, as
 * the bundle's validation rendered it, and printed by openhtmltopdf on PDFBox.
 */
final class CertificatePdfs {
    private static final String DEFAULT_LAYOUT = resource("/certify/default-certificate.html");

    private CertificatePdfs() {}

    /** The PDF of a template (the default layout when there is none) with these values. */
    static byte[] render(Optional<String> template, Map<String, Object> values) {
        String html = CertificateHtml.render(template.orElse(DEFAULT_LAYOUT), values);
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

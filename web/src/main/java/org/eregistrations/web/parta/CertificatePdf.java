package org.eregistrations.web.parta;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF of a certificate of an approved file: one A4 page with the certificate's name, the institution, to whom it
 * is issued, the file and the date, in the investor's language (PDFBox: a maintained PDF library, standard fonts).
 */
final class CertificatePdf {
    private CertificatePdf() {}

    /** A labelled line of the certificate. */
    record Line(String label, String value) {}

    static byte[] render(String title, String certificate, List<Line> lines) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float left = 72;
            float y = page.getMediaBox().getHeight() - 96;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                y = text(content, bold, 12, left, y, title.toUpperCase(java.util.Locale.ROOT));
                y = text(content, bold, 22, left, y - 12, certificate);
                y -= 24;
                for (Line line : lines) {
                    y = text(content, regular, 10, left, y, line.label());
                    y = text(content, bold, 13, left, y - 2, line.value()) - 12;
                }
            }
            document.getDocumentInformation().setTitle(certificate);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(text));
        content.endText();
        return y - size * 1.4f;
    }

    /** The standard fonts cover Latin-1 (Spanish included); anything else is replaced rather than failing. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c >= 32 && c <= 255 ? Character.toString(c) : "?"));
        return out.toString();
    }
}

package org.eregistrations.web.certify;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads an issued certificate's PDF back as its reader would: its text, and the link its QR code holds. */
final class CertificatePdfReader {
    private CertificatePdfReader() {}

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code on the first page, rendered as a printer would print it. */
    static String qrLink(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            return new MultiFormatReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code on the certificate's first page", e);
        }
    }
}

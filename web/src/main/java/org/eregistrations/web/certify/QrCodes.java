package org.eregistrations.web.certify;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** The QR code of a link as a PNG image address ({@code data:image/png;base64,…}) that a certificate's HTML shows. */
final class QrCodes {
    private static final int MODULE_PIXELS = 8;

    private QrCodes() {}

    static String pngDataUri(String link) {
        try {
            BitMatrix modules = new QRCodeWriter()
                    .encode(
                            link,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(
                    modules.getWidth() * MODULE_PIXELS,
                    modules.getHeight() * MODULE_PIXELS,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean dark = modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
                    image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("a QR code cannot hold " + link, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

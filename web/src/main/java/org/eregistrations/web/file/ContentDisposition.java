package org.eregistrations.web.file;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a document or certificate: an ASCII {@code filename} for old clients and the name
 * as it is, in UTF-8, as {@code filename*} (RFC 6266 with RFC 5987), so that "Factura Ñandú.pdf" downloads as such.
 */
public final class ContentDisposition {
    private ContentDisposition() {}

    /** {@code inline} or {@code attachment}, with the name; quotes, control characters and paths already removed. */
    public static String of(String type, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

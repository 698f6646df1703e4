package org.eregistrations.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Building and checking links of the pages. */
final class Links {
    private Links() {}

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A return address after login: only a path of this site, never another site (no open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/files";
        }
        return next;
    }
}

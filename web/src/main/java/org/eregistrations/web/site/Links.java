package org.eregistrations.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Building and checking links of the pages. */
public final class Links {
    private Links() {}

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Printable ASCII without spaces: what a path and query of this site's links are made of. */
    private static final Pattern PATH = Pattern.compile("/[\\x21-\\x7E]{0,2000}");

    /**
     * A return address after login: only a path of this site, never another site (no open redirect) nor anything that
     * does not belong in a {@code Location} header; else My files.
     */
    public static String safeNext(String next) {
        if (next == null || !PATH.matcher(next).matches() || next.startsWith("//") || next.contains("\\")) {
            return "/files";
        }
        return next;
    }
}

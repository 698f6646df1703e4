package org.eregistrations.web.site;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.List;
import java.util.Locale;

/** The page language: chosen with {@code ?lang=}, remembered in a cookie, else the browser's preference. */
public record Language(String code) {
    public static final List<String> SUPPORTED = List.of("en", "es");
    static final String COOKIE = "lang";

    public static Language of(String requested, HttpHeaders headers) {
        if (requested != null && SUPPORTED.contains(requested)) {
            return new Language(requested);
        }
        var cookie = headers.getCookies().get(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return new Language(cookie.getValue());
        }
        return headers.getAcceptableLanguages().stream()
                .map(Locale::getLanguage)
                .filter(SUPPORTED::contains)
                .findFirst()
                .map(Language::new)
                .orElse(new Language("en"));
    }

    /** The first supported language of an Accept-Language header, else English. */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String code = range.getRange().split("-")[0];
                    if (SUPPORTED.contains(code)) {
                        return new Language(code);
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: fall back to English
            }
        }
        return new Language("en");
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The cookie that remembers the choice: one year, not readable by scripts, same-site. */
    public NewCookie cookie() {
        return new NewCookie.Builder(COOKIE)
                .value(code)
                .path("/")
                .maxAge(365 * 24 * 3600)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}

package org.eregistrations.web.page;

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

package org.eregistrations.web.site;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.NewCookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eregistrations.web.file.Caller;

/**
 * One page request: its language, its login session (from the session cookie), its CSRF token, and the cookies the
 * response has to set. Pages get the login through {@link #login()}, which sends a visitor who is not logged in to the
 * login page.
 */
@RequestScoped
public class Visit {
    static final String SESSION_COOKIE = "session";
    static final String CSRF_COOKIE = "csrf";
    public static final String CSRF_FIELD = "_csrf";
    static final String START_COOKIE = "start";
    /** How long a service chosen before logging in is remembered: long enough to register and confirm an email. */
    private static final int START_REMEMBERED_SECONDS = 24 * 3600;

    private static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final HttpServerRequest request;
    private final Logins logins;
    private final List<NewCookie> cookies = new ArrayList<>();
    private Optional<Login> session;
    private String anonymousCsrf;
    private Language language;

    Visit(CurrentVertxRequest current, Logins logins) {
        this.request = current.getCurrent().request();
        this.logins = logins;
    }

    public Language language() {
        if (language == null) {
            String requested = request.getParam("lang");
            if (requested != null && Language.SUPPORTED.contains(requested)) {
                language = new Language(requested);
                cookies.add(language.cookie());
            } else {
                Cookie cookie = request.getCookie(Language.COOKIE);
                if (cookie != null && Language.SUPPORTED.contains(cookie.getValue())) {
                    language = new Language(cookie.getValue());
                } else {
                    language = Language.negotiate(request.getHeader("Accept-Language"));
                }
            }
        }
        return language;
    }

    /** The login session, if the visitor is logged in. */
    public Optional<Login> session() {
        if (session == null) {
            Cookie cookie = request.getCookie(SESSION_COOKIE);
            session = logins.find(cookie == null ? null : cookie.getValue());
        }
        return session;
    }

    /** The login session; a visitor who is not logged in is sent to the login page and back here after. */
    public Login login() {
        return session().orElseThrow(() -> new PageRedirect("/login?next=" + Links.encode(request.uri())));
    }

    /** The logged-in user as the file service knows callers: user name, login session id, roles. */
    public Caller caller() {
        Login login = login();
        return new Caller(login.username(), login.sessionId().toString(), login.roles(), login.institution());
    }

    /** The token every form of this visitor carries: the session's, or for a visitor not logged in, a cookie's. */
    public String csrfToken() {
        if (session().isPresent()) {
            return session.get().csrfToken();
        }
        if (anonymousCsrf == null) {
            Cookie cookie = request.getCookie(CSRF_COOKIE);
            if (cookie != null && cookie.getValue().length() >= 32) {
                anonymousCsrf = cookie.getValue();
            } else {
                anonymousCsrf = Tokens.random();
                cookies.add(cookie(CSRF_COOKIE, anonymousCsrf, -1));
            }
        }
        return anonymousCsrf;
    }

    /**
     * Refuses a form whose token is missing or not this visitor's. A form that still carries the cookie of a login
     * session that has ended is not refused as forged ({@link SessionEndedException}): only this site's own pages send
     * that cookie with a post (it is {@code SameSite=Lax}).
     */
    public void checkCsrf(String submitted) {
        String expected = session().map(Login::csrfToken).orElseGet(() -> {
            Cookie cookie = request.getCookie(CSRF_COOKIE);
            return cookie == null ? null : cookie.getValue();
        });
        if (!Tokens.same(expected, submitted)) {
            Cookie ended = request.getCookie(SESSION_COOKIE);
            if (session().isEmpty() && ended != null && !ended.getValue().isEmpty()) {
                throw new SessionEndedException();
            }
            throw new CsrfRefusedException();
        }
    }

    /** After a login: the new session's cookie (a new token, so a session id planted before login is useless). */
    public void loggedIn(Login login, String cookieValue) {
        session = Optional.of(login);
        cookies.add(cookie(SESSION_COOKIE, cookieValue, -1));
    }

    public void loggedOut() {
        session().ifPresent(s -> logins.end(s.sessionId()));
        session = Optional.empty();
        cookies.add(cookie(SESSION_COOKIE, "", 0));
    }

    /**
     * The service a visitor chose on the start page before logging in, remembered in a cookie that only a form of this
     * site (CSRF-checked) sets, so that the file is started once they have logged in — even after registering.
     */
    public Optional<String> pendingStart() {
        Cookie cookie = request.getCookie(START_COOKIE);
        return cookie == null || !SERVICE_ID.matcher(cookie.getValue()).matches()
                ? Optional.empty()
                : Optional.of(cookie.getValue());
    }

    /** Remembers the service to start a file for after login; call only after {@link #checkCsrf}. */
    public void rememberStart(String serviceId) {
        if (SERVICE_ID.matcher(serviceId).matches()) {
            cookies.add(cookie(START_COOKIE, serviceId, START_REMEMBERED_SECONDS));
        }
    }

    public void forgetStart() {
        cookies.add(cookie(START_COOKIE, "", 0));
    }

    /** Whether the request came from the page's script asking for a part of the page (htmx). */
    public boolean partial() {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** Whether the request comes from this machine and no proxy forwarded it ({@link LoopbackOnly}). */
    public boolean fromThisMachine() {
        var peer = request.remoteAddress();
        return LoopbackOnly.allows(peer == null ? null : peer.hostAddress(), request.headers());
    }

    public String path() {
        return request.path();
    }

    /** What every page template gets: language, who is logged in, the CSRF token, the current path. */
    public PageInfo info() {
        Optional<Login> login = session();
        return new PageInfo(
                language().code(),
                login.map(Login::displayName).orElse(null),
                login.map(l -> l.roles().stream().sorted().toList()).orElse(List.of()),
                csrfToken(),
                request.path());
    }

    List<NewCookie> cookies() {
        return cookies;
    }

    Locale locale() {
        return language().locale();
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(logins.secureCookies())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}

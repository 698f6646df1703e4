package org.eregistrations.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eregistrations.web.account.PasswordLogins.LoginOutcome;
import org.eregistrations.web.site.Links;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;

/**
 * The login of a visitor whose session ended while filling in a form ({@link SessionEnded} brought them here with
 * what they entered): after logging in the visitor saves it where it was going with one press (a fresh form with a fresh token, so
 * nothing is done on the visitor's behalf without them seeing it). Chosen files cannot be carried; the page says so.
 */
@Path("/login/resume")
@Produces(MediaType.TEXT_HTML)
public class SessionEndedPages {
    /** The prefix of a carried entry on the login form, so it never mixes with the login's own fields. */
    static final String KEPT = "kept.";

    private final PasswordLogins logins;
    private final LoginSessions sessions;
    private final Visit visit;
    private final Pages pages;

    SessionEndedPages(PasswordLogins logins, LoginSessions sessions, Visit visit, Pages pages) {
        this.logins = logins;
        this.sessions = sessions;
        this.visit = visit;
        this.pages = pages;
    }

    /** A posted field carried over the login. */
    public record Entry(String name, String value) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(
                PageInfo page, String next, List<Entry> kept, boolean filesDropped, String email, String problem);

        static native TemplateInstance resume(PageInfo page, String next, List<Entry> kept);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(MultivaluedMap<String, String> form) {
        visit.checkCsrf(form.getFirst(Visit.CSRF_FIELD));
        String next = Links.safeNext(form.getFirst("next"));
        List<Entry> kept = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith(KEPT) && name.length() > KEPT.length()) {
                values.forEach(value -> kept.add(new Entry(name.substring(KEPT.length()), value)));
            }
        });
        String email = form.getFirst("email");
        LoginOutcome outcome = logins.login(email, form.getFirst("password"));
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            LoginSessions.Opened opened = sessions.open(loggedIn.account());
            visit.loggedIn(AccountLogins.login(opened.session()), opened.cookieValue());
            return pages.html(Templates.resume(visit.info(), next, kept));
        }
        String lang = visit.language().code();
        String problem = outcome instanceof LoginOutcome.Throttled throttled
                ? Texts.get(lang, "error_login_throttled", "seconds", throttled.waitSeconds())
                : outcome instanceof LoginOutcome.Unconfirmed
                        ? Texts.get(lang, "error_login_unconfirmed")
                        : outcome instanceof LoginOutcome.Deactivated
                                ? Texts.get(lang, "error_login_deactivated")
                                : Texts.get(lang, "error_login_wrong");
        return pages.html(
                Templates.login(visit.info(), next, kept, false, email, problem),
                outcome instanceof LoginOutcome.Throttled ? 429 : 401);
    }
}

package org.eregistrations.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eregistrations.web.account.PasswordLogins.LoginOutcome;
import org.eregistrations.web.site.Links;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.RestForm;

/** Register, confirm the email, log in and out, reset a forgotten password; and the development mail page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {
    private final Accounts accounts;
    private final PasswordLogins logins;
    private final LoginSessions sessions;
    private final Mails mails;
    private final Visit visit;
    private final Pages pages;

    AccountPages(
            Accounts accounts, PasswordLogins logins, LoginSessions sessions, Mails mails, Visit visit, Pages pages) {
        this.accounts = accounts;
        this.logins = logins;
        this.sessions = sessions;
        this.mails = mails;
        this.visit = visit;
        this.pages = pages;
    }

    /** A form's problem shown next to its field. */
    public record Problem(String field, String text) {}

    /** What a form page shows: a notice, the entered values (never passwords), the problems. */
    public record Form(String notice, String email, String name, String next, List<Problem> problems) {
        public String problem(String field) {
            return problems.stream()
                    .filter(p -> p.field().equals(field))
                    .map(Problem::text)
                    .findFirst()
                    .orElse(null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(PageInfo page, Form form);

        static native TemplateInstance registered(PageInfo page, String email);

        static native TemplateInstance login(PageInfo page, Form form);

        static native TemplateInstance confirmed(PageInfo page, boolean ok);

        static native TemplateInstance forgot(PageInfo page, Form form, boolean sent);

        static native TemplateInstance reset(PageInfo page, Form form, String token, boolean valid);

        static native TemplateInstance mail(PageInfo page, List<Mails.SentMail> mails);
    }

    @GET
    @Path("register")
    public Response showRegister() {
        return pages.html(Templates.register(visit.info(), form(null, null, null, null, List.of())));
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(
            @RestForm String email,
            @RestForm String name,
            @RestForm String password,
            @RestForm String repeat,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        String lang = visit.language().code();
        if (password == null || !password.equals(repeat)) {
            return pages.html(
                    Templates.register(
                            visit.info(),
                            form(null, email, name, null, List.of(problem("repeat", "error_password_repeat")))),
                    400);
        }
        try {
            accounts.register(email, name, password, lang);
        } catch (AccountException e) {
            return pages.html(
                    Templates.register(
                            visit.info(), form(null, email, name, null, List.of(problem(e.field(), e.messageKey())))),
                    400);
        }
        return pages.html(Templates.registered(visit.info(), email.strip()));
    }

    @GET
    @Path("confirm")
    public Response confirm(@QueryParam("token") String token) {
        boolean ok = accounts.confirm(token);
        return pages.html(Templates.confirmed(visit.info(), ok), ok ? 200 : 400);
    }

    @GET
    @Path("login")
    public Response showLogin(@QueryParam("next") String next) {
        return pages.html(Templates.login(visit.info(), form(null, null, null, Links.safeNext(next), List.of())));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(
            @RestForm String email,
            @RestForm String password,
            @RestForm String next,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        LoginOutcome outcome = logins.login(email, password);
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            LoginSessions.Opened opened = sessions.open(loggedIn.account());
            visit.loggedIn(AccountLogins.login(opened.session()), opened.cookieValue());
            return pages.redirect(Links.safeNext(next));
        }
        String lang = visit.language().code();
        String text;
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            text = Texts.get(lang, "error_login_throttled", "seconds", throttled.waitSeconds());
        } else if (outcome instanceof LoginOutcome.Unconfirmed) {
            text = Texts.get(lang, "error_login_unconfirmed");
        } else if (outcome instanceof LoginOutcome.Deactivated) {
            text = Texts.get(lang, "error_login_deactivated");
        } else {
            text = Texts.get(lang, "error_login_wrong");
        }
        int status = outcome instanceof LoginOutcome.Throttled ? 429 : 401;
        return pages.html(
                Templates.login(
                        visit.info(),
                        form(null, email, null, Links.safeNext(next), List.of(new Problem("email", text)))),
                status);
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        visit.loggedOut();
        return pages.redirect("/");
    }

    @GET
    @Path("forgot")
    public Response showForgot() {
        return pages.html(Templates.forgot(visit.info(), form(null, null, null, null, List.of()), false));
    }

    @POST
    @Path("forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forgot(@RestForm String email, @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        accounts.requestReset(email, visit.language().code());
        return pages.html(Templates.forgot(visit.info(), form(null, email, null, null, List.of()), true));
    }

    @GET
    @Path("reset")
    public Response showReset(@QueryParam("token") String token) {
        boolean valid = token != null && accounts.resetValid(token);
        return pages.html(
                Templates.reset(visit.info(), form(null, null, null, null, List.of()), token, valid),
                valid ? 200 : 400);
    }

    @POST
    @Path("reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(
            @RestForm String token,
            @RestForm String password,
            @RestForm String repeat,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        if (password == null || !password.equals(repeat)) {
            return pages.html(
                    Templates.reset(
                            visit.info(),
                            form(null, null, null, null, List.of(problem("repeat", "error_password_repeat"))),
                            token,
                            true),
                    400);
        }
        try {
            if (!accounts.resetPassword(token, password)) {
                return pages.html(
                        Templates.reset(visit.info(), form(null, null, null, null, List.of()), token, false), 400);
            }
        } catch (AccountException e) {
            return pages.html(
                    Templates.reset(
                            visit.info(),
                            form(null, null, null, null, List.of(problem(e.field(), e.messageKey()))),
                            token,
                            true),
                    400);
        }
        String lang = visit.language().code();
        return pages.html(
                Templates.login(visit.info(), form(Texts.get(lang, "reset_done"), null, null, "/files", List.of())));
    }

    /**
     * The mails the default run did not send, so their links can be followed; only for requests from this machine (the
     * links reset passwords), and absent elsewhere.
     */
    @GET
    @Path("dev/mail")
    public Response showMails() {
        if (!mails.devMail() || !visit.fromThisMachine()) {
            throw new PageNotFoundException();
        }
        return pages.html(Templates.mail(visit.info(), mails.recent()));
    }

    private Problem problem(String field, String key) {
        return new Problem(field, Texts.get(visit.language().code(), key));
    }

    private static Form form(String notice, String email, String name, String next, List<Problem> problems) {
        return new Form(notice, email, name, next, problems);
    }
}

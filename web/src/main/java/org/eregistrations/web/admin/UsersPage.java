package org.eregistrations.web.admin;

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
import java.util.Set;
import java.util.TreeSet;
import org.eregistrations.web.account.Account;
import org.eregistrations.web.account.AccountAdministration;
import org.eregistrations.web.account.AccountException;
import org.eregistrations.web.account.Roles;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.RestForm;

/** User administration: the list of accounts with search and filters, and inviting a new account by email. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
public class UsersPage {
    /** The most accounts a list shows: a search narrows beyond that. */
    static final int SHOWN = 200;

    private final UserAdministration administration;
    private final AccountAdministration accounts;
    private final RoleChoices choices;
    private final Visit visit;
    private final Pages pages;

    UsersPage(
            UserAdministration administration,
            AccountAdministration accounts,
            RoleChoices choices,
            Visit visit,
            Pages pages) {
        this.administration = administration;
        this.accounts = accounts;
        this.choices = choices;
        this.visit = visit;
        this.pages = pages;
    }

    /** An account in the list. */
    public record Row(String href, String name, String email, String roles, String institution, boolean active) {}

    /** What the list was asked for. */
    public record Filter(String q, String role, String status, List<String> roles) {}

    /** The invitation form: what was typed (kept when refused) and the problems, by field. */
    public record Invite(
            String email, String name, Set<String> roles, String institution, String emailProblem, String nameProblem) {
        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageInfo page, Filter filter, List<Row> users, boolean more);

        static native TemplateInstance invite(PageInfo page, Invite form, RoleChoices.Offered offered);
    }

    @GET
    public Response list(
            @QueryParam("q") String q, @QueryParam("role") String role, @QueryParam("status") String status) {
        administration.administrator(visit.login());
        String text = q == null ? "" : q.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        RoleChoices.Offered offered = choices.offered(visit.language().code());
        Set<String> roles = new TreeSet<>(offered.platform());
        roles.addAll(List.of(Roles.INVESTOR, Roles.OFFICER));
        offered.groups().forEach(g -> g.roles().forEach(r -> roles.add(r.role())));
        String chosenRole = role != null && roles.contains(role) ? role : "";
        String chosenStatus = "active".equals(status) || "deactivated".equals(status) ? status : "";
        List<Account> found = accounts.search(text, chosenRole, chosenStatus, SHOWN + 1);
        List<Row> rows = found.stream().limit(SHOWN).map(UsersPage::row).toList();
        Filter filter = new Filter(text, chosenRole, chosenStatus, List.copyOf(roles));
        return pages.html(Templates.list(visit.info(), filter, rows, found.size() > SHOWN));
    }

    @GET
    @Path("new")
    public Response showInvite() {
        administration.administrator(visit.login());
        return invitePage(new Invite("", "", Set.of(), "", null, null), 200);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(
            @RestForm String email,
            @RestForm String name,
            @RestForm List<String> roles,
            @RestForm String institution,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        String lang = visit.language().code();
        List<String> chosen = roles == null ? List.of() : roles;
        try {
            Account invited = administration.invite(visit.login(), email, name, chosen, institution, lang);
            return pages.redirect("/admin/users/" + invited.id() + "?done=invited");
        } catch (AccountException e) {
            String problem = Texts.get(lang, e.messageKey());
            Invite form = new Invite(
                    email == null ? "" : email,
                    name == null ? "" : name,
                    Set.copyOf(chosen),
                    institution == null ? "" : institution,
                    e.field().equals("email") ? problem : null,
                    e.field().equals("name") ? problem : null);
            return invitePage(form, 400);
        }
    }

    private Response invitePage(Invite form, int status) {
        return pages.html(
                Templates.invite(
                        visit.info(), form, choices.offered(visit.language().code())),
                status);
    }

    private static Row row(Account account) {
        return new Row(
                "/admin/users/" + account.id(),
                account.displayName(),
                account.email(),
                String.join(", ", new TreeSet<>(account.roles())),
                account.institution() == null ? "" : account.institution(),
                account.active());
    }
}

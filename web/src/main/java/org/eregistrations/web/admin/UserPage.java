package org.eregistrations.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.web.account.Account;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;
import org.jboss.resteasy.reactive.RestForm;

/** An account for its user administrator: its roles and institution to change, deactivate or reactivate, its change log. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
public class UserPage {
    private static final Set<String> DONE = Set.of("invited", "saved", "deactivated", "reactivated");

    private final UserAdministration administration;
    private final RoleChoices choices;
    private final LocalTimes times;
    private final Visit visit;
    private final Pages pages;

    UserPage(UserAdministration administration, RoleChoices choices, LocalTimes times, Visit visit, Pages pages) {
        this.administration = administration;
        this.choices = choices;
        this.times = times;
        this.visit = visit;
        this.pages = pages;
    }

    /** A change of the log as the page shows it. */
    public record ChangeRow(
            String by,
            String at,
            String actionKey,
            String added,
            String removed,
            String from,
            String to,
            boolean moved) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance user(
                PageInfo page,
                Account account,
                boolean self,
                String done,
                RoleChoices.Offered offered,
                List<ChangeRow> changes);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        Account administrator = administration.administrator(visit.login());
        Account account = administration.account(uuid(id));
        List<ChangeRow> changes = administration.changes(account.id()).stream()
                .map(logged -> new ChangeRow(
                        logged.by(),
                        times.minute(logged.at()),
                        logged.change().actionKey(),
                        String.join(", ", logged.change().added()),
                        String.join(", ", logged.change().removed()),
                        orNone(logged.change().institutionFrom()),
                        orNone(logged.change().institutionTo()),
                        logged.change().movedInstitution()))
                .toList();
        String notice = done != null && DONE.contains(done) ? "admin_done_" + done : null;
        return pages.html(Templates.user(
                visit.info(),
                account,
                administrator.id().equals(account.id()),
                notice,
                choices.offered(visit.language().code()),
                changes));
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRoles(
            @PathParam("id") String id,
            @RestForm List<String> roles,
            @RestForm String institution,
            @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        administration.changeRoles(
                visit.login(),
                uuid(id),
                roles == null ? List.of() : roles,
                institution,
                visit.language().code());
        return pages.redirect("/admin/users/" + id + "?done=saved");
    }

    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") String id, @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        administration.deactivate(visit.login(), uuid(id));
        return pages.redirect("/admin/users/" + id + "?done=deactivated");
    }

    @POST
    @Path("{id}/reactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@PathParam("id") String id, @RestForm(Visit.CSRF_FIELD) String csrf) {
        visit.checkCsrf(csrf);
        administration.reactivate(visit.login(), uuid(id));
        return pages.redirect("/admin/users/" + id + "?done=reactivated");
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw AdminRefusedException.noSuchAccount();
        }
    }

    private static String orNone(String institution) {
        return institution == null ? "—" : institution;
    }
}

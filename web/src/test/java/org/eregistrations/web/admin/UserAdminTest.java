package org.eregistrations.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.officer;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.account.Account;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Mails;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/**
 * User administration: a user administrator invites staff by email, sets their roles and institution, deactivates and
 * reactivates them, every change logged; everyone else is refused, and so is a form without its CSRF token.
 */
@QuarkusTest
class UserAdminTest {
    @Inject
    Accounts accounts;

    @Inject
    Mails mails;

    @Test
    void officersSupervisorsAndInvestorsAreRefusedUserAdministration() {
        officer(accounts, "ua-officer", "registry", "frontDesk");
        for (String user : List.of("ua-officer", "supervisor", "ana")) {
            Browser browser = new Browser().login(user, user);
            assertThat(browser.get("/admin/users").statusCode()).as(user).isEqualTo(403);
            assertThat(browser.get("/admin/users/new").statusCode()).as(user).isEqualTo(403);
            String admin = accounts.find("admin").orElseThrow().id().toString();
            assertThat(browser.get("/admin/users/" + admin).statusCode())
                    .as(user)
                    .isEqualTo(403);
            String email = "refused-" + user + "@example.com";
            Response posted =
                    browser.post("/admin/users/new", Map.of("email", email, "name", "Someone", "roles", "userAdmin"));
            assertThat(posted.statusCode()).as(user).isEqualTo(403);
            assertThat(posted.asString()).contains("Only user administrators manage users.");
            assertThat(accounts.find(email)).isEmpty();
            assertThat(browser.post("/admin/users/" + admin + "/deactivate", Map.of())
                            .statusCode())
                    .isEqualTo(403);
            assertThat(accounts.find("admin").orElseThrow().active()).isTrue();
        }
        assertThat(new Browser().get("/admin/users").statusCode()).isEqualTo(303); // to the login page
    }

    @Test
    void formsWithoutTheirCsrfTokenChangeNothing() {
        officer(accounts, "ua-csrf", "registry", "frontDesk");
        String id = accounts.find("ua-csrf").orElseThrow().id().toString();
        Browser admin = new Browser().login("admin", "admin");
        admin.get("/admin/users/new");
        String email = "no-token@example.com";
        assertThat(admin.postRaw("/admin/users/new", Map.of("email", email, "name", "No Token"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(accounts.find(email)).isEmpty();
        assertThat(admin.postRaw("/admin/users/" + id + "/deactivate", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(admin.postRaw("/admin/users/" + id + "/roles", Map.of("roles", "configurator"))
                        .statusCode())
                .isEqualTo(403);
        Account unchanged = accounts.find("ua-csrf").orElseThrow();
        assertThat(unchanged.active()).isTrue();
        assertThat(unchanged.roles()).containsExactlyInAnyOrder("officer", "frontDesk");
    }

    @Test
    void stepRolesAreOfferedByTheLabelsTheirCataloguesGiveThem() {
        Browser admin = new Browser().login("admin", "admin");

        assertThat(admin.get("/admin/users/new").asString())
                .contains("<strong>Commercial registry officer</strong> (<code>registryOfficer</code>)")
                .contains("<strong>Licensing manager</strong> (<code>licensingManager</code>)");
        assertThat(admin.get("/admin/users/new?lang=es").asString())
                .contains("<strong>Registrador mercantil</strong> (<code>registryOfficer</code>)");
    }

    @Test
    void anInvitedOfficerChoosesAPasswordThroughTheMailedLinkAndLogsIn() {
        Browser admin = new Browser().login("admin", "admin");
        String form = admin.get("/admin/users/new").asString();
        assertThat(form)
                .contains("value=\"registryOfficer\"", "Commercial registration", "value=\"supervisor\"")
                .contains("<option value=\"registry\"");
        String email = "invited-" + UUID.randomUUID() + "@example.com";
        Response invited = admin.post(
                "/admin/users/new",
                Map.of("email", email, "name", "Irene Invited", "roles", "registryOfficer", "institution", "registry"));
        assertThat(invited.statusCode()).isEqualTo(303);
        String page = admin.get(invited.header("Location")).asString();
        assertThat(page)
                .contains("The account was created and the invitation sent.", "Irene Invited", "Invited")
                .contains("registryOfficer");

        String link = mails.recent().stream()
                .filter(mail -> mail.to().equals(email))
                .findFirst()
                .orElseThrow()
                .link()
                .replaceFirst("^https?://[^/]+", "");
        Browser invitee = new Browser();
        invitee.get(link).then().statusCode(200);
        String token = link.substring(link.indexOf("token=") + 6);
        invitee.post("/reset", Map.of("token", token, "password", "a good password", "repeat", "a good password"))
                .then()
                .statusCode(200);
        invitee.login(email, "a good password");
        assertThat(invitee.get("/work").statusCode()).isEqualTo(200);
        Account account = accounts.find(email).orElseThrow();
        assertThat(account.roles()).containsExactlyInAnyOrder("officer", "registryOfficer");
        assertThat(account.institution()).isEqualTo("registry");
    }

    @Test
    void aRefusedInvitationKeepsWhatWasTyped() {
        Browser admin = new Browser().login("admin", "admin");
        admin.get("/admin/users/new");
        Response bad = admin.post(
                "/admin/users/new", Map.of("email", "not an address", "name", "Bea Typed", "roles", "statistics"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString())
                .contains("value=\"not an address\"", "value=\"Bea Typed\"")
                .containsPattern("value=\"statistics\"\\s+checked");
        Response taken = admin.post("/admin/users/new", Map.of("email", "ana@demo.eregistrations.test", "name", "Ana"));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.asString()).contains("value=\"ana@demo.eregistrations.test\"");

        Response tooLong = admin.post("/admin/users/new", Map.of("email", "long@example.com", "name", "n".repeat(121)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString()).contains("value=\"long@example.com\"", "name-problem");
        assertThat(accounts.find("long@example.com")).isEmpty();

        Response unknown = admin.post(
                "/admin/users/new", Map.of("email", "unknown-role@example.com", "name", "U", "roles", "emperor"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(accounts.find("unknown-role@example.com")).isEmpty();
        admin.get("/admin/users/new");
        Response elsewhere = admin.post(
                "/admin/users/new",
                Map.of("email", "unknown-inst@example.com", "name", "U", "institution", "atlantis"));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(accounts.find("unknown-inst@example.com")).isEmpty();
    }

    @Test
    void aDeactivatedAccountCannotLogInUntilReactivatedAndEveryChangeIsLogged() {
        officer(accounts, "ua-leaver", "registry", "frontDesk");
        String id = accounts.find("ua-leaver").orElseThrow().id().toString();
        Browser leaver = new Browser().login("ua-leaver", "ua-leaver");
        FileApi.as("ua-leaver").get("/api/files/" + UUID.randomUUID()).then().statusCode(404);

        Browser admin = new Browser().login("admin", "admin");
        admin.get("/admin/users/" + id);
        assertThat(admin.post("/admin/users/" + id + "/deactivate", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(leaver.get("/work").statusCode()).isEqualTo(303);
        Browser again = new Browser();
        again.get("/login");
        Response refused = again.post("/login", Map.of("email", "ua-leaver", "password", "ua-leaver"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.asString()).contains("This account is deactivated.");
        FileApi.as("ua-leaver").get("/api/files/" + UUID.randomUUID()).then().statusCode(401);
        assertThat(admin.get("/admin/users?status=deactivated&q=ua-leaver").asString())
                .contains("ua-leaver@example.com");
        assertThat(admin.get("/admin/users?status=active&q=ua-leaver").asString())
                .doesNotContain("ua-leaver@example.com");

        admin.get("/admin/users/" + id);
        admin.post("/admin/users/" + id + "/reactivate", Map.of()).then().statusCode(303);
        admin.get("/admin/users/" + id);
        admin.post("/admin/users/" + id + "/roles", Map.of("roles", "registryOfficer", "institution", "registry"))
                .then()
                .statusCode(303);
        new Browser().login("ua-leaver", "ua-leaver");
        assertThat(accounts.find("ua-leaver").orElseThrow().roles())
                .containsExactlyInAnyOrder("officer", "registryOfficer");
        assertThat(admin.get("/admin/users/" + id).asString())
                .contains("Deactivated", "Reactivated", "Roles changed", "added: registryOfficer")
                .contains("removed: frontDesk", "admin");
    }

    @Test
    void noOneRaisesTheirOwnRolesOrRemovesTheLastUserAdministrator() {
        String self = accounts.find("admin").orElseThrow().id().toString();
        Browser admin = new Browser().login("admin", "admin");
        admin.get("/admin/users/" + self);
        Response raise = admin.post("/admin/users/" + self + "/roles", Map.of("roles", "configurator"));
        assertThat(raise.statusCode()).isEqualTo(403);
        assertThat(raise.asString()).contains("You cannot add roles to your own account");
        admin.get("/admin/users/" + self);
        assertThat(admin.post("/admin/users/" + self + "/roles", Map.of()).statusCode())
                .isEqualTo(409);
        admin.get("/admin/users/" + self);
        assertThat(admin.post("/admin/users/" + self + "/deactivate", Map.of()).statusCode())
                .isEqualTo(409);
        assertThat(accounts.find("admin").orElseThrow().roles()).containsExactly("userAdmin");
        assertThat(accounts.find("admin").orElseThrow().active()).isTrue();

        accounts.createConfirmed(
                "ua-second",
                "ua-second@example.com",
                "Second Admin",
                BCrypt.withDefaults().hashToString(4, "ua-second".toCharArray()),
                List.of("userAdmin"),
                null,
                false);
        String second = accounts.find("ua-second").orElseThrow().id().toString();
        admin.get("/admin/users/" + second);
        assertThat(admin.post("/admin/users/" + second + "/deactivate", Map.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(accounts.find("ua-second").orElseThrow().active()).isFalse();
    }

    @Test
    void theListSearchesByNameOrEmailAndFiltersByRole() {
        Browser admin = new Browser().login("admin", "admin");
        String found = admin.get("/admin/users?q=REGISTRAR").asString();
        assertThat(found).contains("registrar@demo.eregistrations.test").doesNotContain("ana@demo");
        assertThat(admin.get("/admin/users?role=investor").asString())
                .contains("ana@demo.eregistrations.test")
                .doesNotContain("registrar@demo");
        assertThat(admin.get("/admin/users?lang=es").asString()).contains("Usuarios", "Invitar a un usuario");
        admin.get("/admin/users?lang=en");
        String taxOfficers = admin.get("/admin/users?role=taxOfficer").asString();
        assertThat(taxOfficers).contains("tax@demo.eregistrations.test").doesNotContain("registrar@demo");
    }
}

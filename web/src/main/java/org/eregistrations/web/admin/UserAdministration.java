package org.eregistrations.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eregistrations.web.account.Account;
import org.eregistrations.web.account.AccountAdministration;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Roles;
import org.eregistrations.web.admin.AccountChange.Action;
import org.eregistrations.web.file.Assignments;
import org.eregistrations.web.site.Login;

/**
 * What user administrators may do to accounts, each change recorded in the account's change log: only an active
 * {@code userAdmin} acts; roles and institutions are those the forms offer ({@link RoleChoices}); no one raises their
 * own roles; the last active user administrator is neither deactivated nor loses the role.
 */
@ApplicationScoped
class UserAdministration {
    private final Accounts accounts;
    private final AccountAdministration administration;
    private final AccountChanges changes;
    private final RoleChoices choices;

    UserAdministration(
            Accounts accounts, AccountAdministration administration, AccountChanges changes, RoleChoices choices) {
        this.accounts = accounts;
        this.administration = administration;
        this.changes = changes;
        this.choices = choices;
    }

    /** The logged-in user's account when it is an active user administrator's; refused otherwise. */
    Account administrator(Login login) {
        return accounts.find(login.username())
                .filter(account -> account.active() && account.has(Roles.USER_ADMIN))
                .orElseThrow(AdminRefusedException::notAnAdministrator);
    }

    Account account(UUID id) {
        return accounts.findById(id).orElseThrow(AdminRefusedException::noSuchAccount);
    }

    /** Invites a new account with the chosen roles; its email and name are checked by {@code account}. */
    @Transactional
    Account invite(Login by, String email, String name, Collection<String> chosen, String institution, String lang) {
        administrator(by);
        String at = checked(chosen, institution, lang);
        Set<String> roles = roles(Set.of(), chosen, lang);
        Account invited = administration.invite(email, name, roles, at, lang);
        changes.append(invited.id(), by.username(), AccountChange.invited(roles, at));
        return invited;
    }

    /** Sets the roles the form offers and the institution; roles it does not offer (investor) stay as they were. */
    @Transactional
    void changeRoles(Login by, UUID id, Collection<String> chosen, String institution, String lang) {
        Account actor = administrator(by);
        Account account = account(id);
        String at = checked(chosen, institution, lang);
        Set<String> roles = roles(account.roles(), chosen, lang);
        if (actor.id().equals(account.id()) && !account.roles().containsAll(roles)) {
            throw AdminRefusedException.ownRoles();
        }
        AccountChange change = AccountChange.roles(account.roles(), roles, account.institution(), at);
        if (change.none()) {
            return;
        }
        if (change.removed().contains(Roles.USER_ADMIN) && account.active()) {
            keepAnotherAdministrator(account);
        }
        administration.setRoles(id, roles, at);
        changes.append(id, by.username(), change);
    }

    @Transactional
    void deactivate(Login by, UUID id) {
        administrator(by);
        Account account = account(id);
        if (account.has(Roles.USER_ADMIN) && account.active()) {
            keepAnotherAdministrator(account);
        }
        if (administration.deactivate(id)) {
            changes.append(id, by.username(), AccountChange.of(Action.DEACTIVATED));
        }
    }

    @Transactional
    void reactivate(Login by, UUID id) {
        administrator(by);
        account(id);
        if (administration.reactivate(id)) {
            changes.append(id, by.username(), AccountChange.of(Action.REACTIVATED));
        }
    }

    List<AccountChanges.Logged> changes(UUID id) {
        return changes.read(id);
    }

    /** Refuses to leave no active user administrator; the active ones stay locked until the change is stored. */
    private void keepAnotherAdministrator(Account account) {
        List<UUID> active = administration.lockActiveWithRole(Roles.USER_ADMIN);
        if (active.stream().noneMatch(other -> !other.equals(account.id()))) {
            throw AdminRefusedException.lastAdministrator();
        }
    }

    /** The chosen institution (null for none), after refusing roles and institutions the forms do not offer. */
    private String checked(Collection<String> chosen, String institution, String lang) {
        RoleChoices.Offered offered = choices.offered(lang);
        if (chosen.size() > 200 || !chosen.stream().allMatch(offered::knows)) {
            throw AdminRefusedException.unknownChoice();
        }
        if (institution == null || institution.isBlank()) {
            return null;
        }
        if (!offered.knowsInstitution(institution)) {
            throw AdminRefusedException.unknownChoice();
        }
        return institution;
    }

    /**
     * The roles an account ends up with: those the forms do not offer kept (investor, step roles of services no longer
     * published), the chosen ones, and officer when it works steps.
     */
    private Set<String> roles(Set<String> before, Collection<String> chosen, String lang) {
        RoleChoices.Offered offered = choices.offered(lang);
        Set<String> roles = new TreeSet<>();
        before.stream()
                .filter(role -> !offered.knows(role) && !role.equals(Roles.OFFICER))
                .forEach(roles::add);
        roles.addAll(chosen);
        boolean worksSteps =
                roles.stream().anyMatch(role -> !RoleChoices.PLATFORM.contains(role) && !role.equals(Roles.INVESTOR));
        if (worksSteps || roles.contains(Assignments.DISPATCHER)) {
            roles.add(Roles.OFFICER);
        }
        return roles;
    }
}

package org.eregistrations.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.web.site.Tokens;

/**
 * What a user administrator does to accounts: finds them, invites a new one (a link in a mail to choose the password,
 * the reset link of {@link Accounts}), sets its roles and institution, deactivates and reactivates it. Who may do what
 * is decided by the caller (the {@code admin} pages); this only writes.
 */
@ApplicationScoped
public class AccountAdministration {
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final AccountRows rows;
    private final LinkTokens links;
    private final Passwords passwords;
    private final Mails mails;

    AccountAdministration(AccountRows rows, LinkTokens links, Passwords passwords, Mails mails) {
        this.rows = rows;
        this.links = links;
        this.passwords = passwords;
        this.mails = mails;
    }

    /** Which accounts a list shows: {@code status} is {@code active}, {@code deactivated} or anything for all. */
    public List<Account> search(String text, String role, String status, int limit) {
        String words = text == null ? "" : text.strip();
        String pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String state = status == null ? "" : status;
        return rows.sql()
                .list(
                        "select * from app_user where (? = '' or username ilike ? or email ilike ?"
                                + " or display_name ilike ?) and (? = '' or ? = any(roles))"
                                + " and (? not in ('active', 'deactivated') or (deactivated_at is null) = (? = 'active'))"
                                + " order by lower(display_name), username limit ?",
                        AccountRows::read,
                        words,
                        pattern,
                        pattern,
                        pattern,
                        role == null ? "" : role,
                        role == null ? "" : role,
                        state,
                        state,
                        limit);
    }

    /**
     * Creates an account with these roles and mails the invitee a link to choose their password (which confirms the
     * email); a malformed or taken email and a bad display name are refused with an {@link AccountException}.
     */
    @Transactional
    public Account invite(
            String email, String displayName, Collection<String> roles, String institution, String language) {
        String address = AccountFields.normalize(email);
        if (!AccountFields.isAddress(address)) {
            throw new AccountException("email", "error_email");
        }
        AccountFields.checkDisplayName(displayName);
        if (rows.find(address).isPresent()) {
            throw new AccountException("email", "error_email_taken");
        }
        Account account = new Account(
                UUID.randomUUID(),
                address,
                address,
                displayName.strip(),
                passwords.hash(Tokens.random()),
                Set.copyOf(roles),
                institution,
                false,
                false,
                true);
        rows.insert(account);
        String token = links.issue(account.id(), "reset", INVITATION_VALIDITY);
        mails.sendInvitation(account, links.link("/reset?token=" + token), language);
        return account;
    }

    /** The active accounts with this role, locked until the transaction ends (to count them before removing one). */
    public List<UUID> lockActiveWithRole(String role) {
        return rows.sql()
                .list(
                        "select id from app_user where ? = any(roles) and deactivated_at is null order by id for update",
                        row -> row.getObject(1, UUID.class),
                        role);
    }

    public void setRoles(UUID account, Collection<String> roles, String institution) {
        rows.update("update app_user set roles = ?, institution = ? where id = ?", roles, institution, account);
    }

    /** Deactivates the account and ends its login sessions; false when it was already deactivated. */
    public boolean deactivate(UUID account) {
        int changed = rows.sql()
                .update(
                        "update app_user set deactivated_at = ? where id = ? and deactivated_at is null",
                        rows.now(),
                        account);
        rows.update(
                "update login_session set ended_at = ? where user_id = ? and ended_at is null", rows.now(), account);
        return changed == 1;
    }

    /** Lets a deactivated account log in again; false when it was active. */
    public boolean reactivate(UUID account) {
        return rows.sql()
                        .update(
                                "update app_user set deactivated_at = null where id = ? and deactivated_at is not null",
                                account)
                == 1;
    }
}

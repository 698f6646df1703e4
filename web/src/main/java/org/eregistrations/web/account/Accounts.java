package org.eregistrations.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Registration, email confirmation and password reset of accounts, and finding them. Passwords are kept as bcrypt
 * hashes; links in mails carry a random token of which only the SHA-256 is stored. Logging in is {@link PasswordLogins}.
 */
@ApplicationScoped
public class Accounts {
    static final Duration CONFIRM_VALIDITY = Duration.ofDays(2);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final AccountRows rows;
    private final LinkTokens links;
    private final Passwords passwords;
    private final AccountsConfig config;
    private final Mails mails;

    Accounts(AccountRows rows, LinkTokens links, Passwords passwords, AccountsConfig config, Mails mails) {
        this.rows = rows;
        this.links = links;
        this.passwords = passwords;
        this.config = config;
        this.mails = mails;
    }

    /**
     * Registers an investor and mails the confirmation link. An email that is already registered is refused with the
     * same answer shape as a new one would never get: the page says the address is taken.
     */
    @Transactional
    public Account register(String email, String displayName, String password, String language) {
        String address = AccountFields.normalize(email);
        if (!AccountFields.isAddress(address)) {
            throw new AccountException("email", "error_email");
        }
        AccountFields.checkDisplayName(displayName);
        Passwords.check(password);
        if (find(address).isPresent()) {
            throw new AccountException("email", "error_email_taken");
        }
        Account account = new Account(
                UUID.randomUUID(),
                address,
                address,
                displayName.strip(),
                hash(password),
                Set.of(Roles.INVESTOR),
                null,
                false,
                false,
                true);
        rows.insert(account);
        String token = links.issue(account.id(), "confirm", CONFIRM_VALIDITY);
        mails.sendConfirmation(account, links.link("/confirm?token=" + token), language);
        return account;
    }

    /** Confirms the email of the link's account; false when the link is unknown, used or expired. */
    @Transactional
    public boolean confirm(String token) {
        return links.use(token, "confirm")
                .map(user -> {
                    rows.update(
                            "update app_user set confirmed_at = ? where id = ? and confirmed_at is null",
                            rows.now(),
                            user);
                    return true;
                })
                .orElse(false);
    }

    /** Mails a reset link when the address belongs to an account; says nothing either way. */
    @Transactional
    public void requestReset(String email, String language) {
        String address = AccountFields.normalize(email);
        if (!AccountFields.isAddress(address)) {
            return;
        }
        find(address).ifPresent(account -> {
            String token = links.issue(account.id(), "reset", RESET_VALIDITY);
            mails.sendReset(account, links.link("/reset?token=" + token), language);
        });
    }

    /** Whether a reset link can still be used, to show its form. */
    public boolean resetValid(String token) {
        return links.valid(token, "reset");
    }

    /**
     * Sets a new password through a reset link, confirms the email (the link proved it) and ends every login session of
     * the account.
     */
    @Transactional
    public boolean resetPassword(String token, String password) {
        Passwords.check(password);
        Optional<UUID> user = links.use(token, "reset");
        user.ifPresent(id -> {
            rows.update(
                    "update app_user set password_hash = ?, confirmed_at = coalesce(confirmed_at, ?) where id = ?",
                    hash(password),
                    rows.now(),
                    id);
            rows.update("update login_session set ended_at = ? where user_id = ? and ended_at is null", rows.now(), id);
            // to 0, not deleted: an attempt being admitted meanwhile must still find its name's row (LoginThrottle)
            rows.update(
                    "update login_failure set failures = 0 where login in (select username from app_user where id = ?)",
                    id);
        });
        return user.isPresent();
    }

    /** The account with this user name or email. */
    public Optional<Account> find(String login) {
        return rows.find(AccountFields.normalize(login));
    }

    public Optional<Account> findById(UUID id) {
        return rows.findById(id);
    }

    /** Creates a confirmed account unless one with its user name exists (demo accounts, the first administrator). */
    @Transactional
    public boolean createConfirmed(
            String username,
            String email,
            String displayName,
            String passwordHash,
            Collection<String> roles,
            String institution,
            boolean demo) {
        if (find(username).isPresent() || find(email).isPresent()) {
            return false;
        }
        rows.insert(new Account(
                UUID.randomUUID(),
                AccountFields.normalize(username),
                AccountFields.normalize(email),
                displayName,
                passwordHash,
                Set.copyOf(roles),
                institution,
                true,
                demo,
                true));
        return true;
    }

    public boolean anyWithRole(String role) {
        return rows.anyWithRole(role);
    }

    /** A password hashed at the configured cost, as an account keeps it. */
    public String hash(String password) {
        return passwords.hash(password);
    }
}

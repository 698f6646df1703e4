package org.eregistrations.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Registration, email confirmation, password reset and login of accounts. Passwords are kept as bcrypt hashes; links
 * in mails carry a random token of which only the SHA-256 is stored; failed logins for a login name make each further
 * attempt wait longer ({@link LoginOutcome.Throttled}), whether the name exists or not.
 */
@ApplicationScoped
public class Accounts {
    static final Duration CONFIRM_VALIDITY = Duration.ofDays(2);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** How long an attempt waits for the attempts being checked before it for the same name. */
    static final Duration BUSY_PATIENCE = Duration.ofSeconds(5);

    private static final Duration BUSY_POLL = Duration.ofMillis(25);

    private final AccountRows rows;
    private final LinkTokens links;
    private final Passwords passwords;
    private final AccountsConfig config;
    private final Mails mails;
    private final LoginThrottle throttle;
    private final VerifiedCredentials credentials;

    Accounts(
            AccountRows rows,
            LinkTokens links,
            Passwords passwords,
            AccountsConfig config,
            Mails mails,
            LoginThrottle throttle,
            VerifiedCredentials credentials) {
        this.rows = rows;
        this.links = links;
        this.passwords = passwords;
        this.config = config;
        this.mails = mails;
        this.throttle = throttle;
        this.credentials = credentials;
    }

    /** What a login attempt came to. */
    public sealed interface LoginOutcome {
        record LoggedIn(Account account) implements LoginOutcome {}

        record WrongCredentials() implements LoginOutcome {}

        record Unconfirmed() implements LoginOutcome {}

        record Throttled(long waitSeconds) implements LoginOutcome {}
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
                false);
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
            rows.update("delete from login_failure where login in (select username from app_user where id = ?)", id);
        });
        return user.isPresent();
    }

    /**
     * Checks a login name (user name or email) and password, slowed down after repeated failures. The attempt counts as
     * checking before the password is checked, and settles as a failure or a success after ({@link LoginThrottle}); a
     * hash of an older cost is renewed.
     */
    @Transactional
    public LoginOutcome login(String login, String password) {
        String name = AccountFields.normalize(login);
        if (!AccountFields.isLoginName(name)) {
            return new LoginOutcome.WrongCredentials(); // no account has such a name: nothing to look up or count
        }
        LoginThrottle.Admission admission = admit(name);
        if (!admission.admitted()) {
            return new LoginOutcome.Throttled(Math.max(1, admission.waitSeconds()));
        }
        Optional<Account> account;
        boolean right;
        try {
            account = find(name);
            boolean matches = passwords.matches(password, account.map(Account::passwordHash));
            right = account.isPresent() && matches && (!account.get().demo() || config.demo());
        } catch (RuntimeException e) {
            throttle.settle(name, null);
            throw e;
        }
        throttle.settle(name, right);
        if (!right) {
            return new LoginOutcome.WrongCredentials();
        }
        Account current = renewHash(account.get(), password);
        if (!current.confirmed()) {
            return new LoginOutcome.Unconfirmed();
        }
        return new LoginOutcome.LoggedIn(current);
    }

    /**
     * A login of the JSON API, made with every request: a credential that passed the password check lately is taken
     * on trust while the account's password is unchanged ({@link VerifiedCredentials}); any other is a {@link #login}.
     */
    public LoginOutcome apiLogin(String login, String password) {
        String name = AccountFields.normalize(login);
        if (AccountFields.isLoginName(name)) {
            Optional<Account> current = find(name);
            if (credentials.vouchFor(name, password, current) && current.get().confirmed()) {
                return new LoginOutcome.LoggedIn(current.get());
            }
        }
        LoginOutcome outcome = login(name, password);
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            credentials.remember(name, password, loggedIn.account());
        }
        return outcome;
    }

    /**
     * The throttle's admission of an attempt; while other attempts for the name are being checked, asks again until
     * they settle (a right password among them lets this one in), for at most {@link #BUSY_PATIENCE}.
     */
    private LoginThrottle.Admission admit(String name) {
        long deadline = System.nanoTime() + BUSY_PATIENCE.toNanos();
        LoginThrottle.Admission admission = throttle.admit(name);
        while (admission.busy() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(BUSY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return admission;
            }
            admission = throttle.admit(name);
        }
        return admission;
    }

    /** A hash of a random password at the configured cost: an unknown name costs as much time as a known one. */
    String unknownNameHash() {
        return passwords.unknownNameHash();
    }

    /** A password hashed at another cost than the configured one (an older setting, the demo accounts) is rehashed. */
    private Account renewHash(Account account, String password) {
        if (passwords.current(account.passwordHash())) {
            return account;
        }
        String renewed = hash(password);
        rows.update("update app_user set password_hash = ? where id = ?", renewed, account.id());
        return account.withPasswordHash(renewed);
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
                demo));
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

package org.eregistrations.web.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Logging in with a login name (user name or email) and password, on the login page and with every request of the
 * JSON API: failed logins for a name make each further attempt wait longer ({@link LoginOutcome.Throttled}), whether
 * the name exists or not ({@link LoginThrottle}); an API credential checked lately is not checked again
 * ({@link VerifiedCredentials}).
 */
@ApplicationScoped
public class PasswordLogins {
    private static final Logger LOG = Logger.getLogger(PasswordLogins.class);
    /** How long an attempt waits for the attempts being checked before it for the same name. */
    static final Duration BUSY_PATIENCE = Duration.ofSeconds(5);

    private static final Duration BUSY_POLL = Duration.ofMillis(25);

    private final Accounts accounts;
    private final AccountRows rows;
    private final Passwords passwords;
    private final AccountsConfig config;
    private final LoginThrottle throttle;
    private final VerifiedCredentials credentials;
    private final Counter wrongCredentials;
    private final Counter throttled;

    PasswordLogins(
            Accounts accounts,
            AccountRows rows,
            Passwords passwords,
            AccountsConfig config,
            LoginThrottle throttle,
            VerifiedCredentials credentials,
            MeterRegistry metrics) {
        this.wrongCredentials = failures(metrics, "wrong-credentials");
        this.throttled = failures(metrics, "throttled");
        this.accounts = accounts;
        this.rows = rows;
        this.passwords = passwords;
        this.config = config;
        this.throttle = throttle;
        this.credentials = credentials;
    }

    /** What a login attempt came to. */
    public sealed interface LoginOutcome {
        record LoggedIn(Account account) implements LoginOutcome {}

        record WrongCredentials() implements LoginOutcome {}

        record Unconfirmed() implements LoginOutcome {}

        /** The right password of an account a user administrator deactivated. */
        record Deactivated() implements LoginOutcome {}

        record Throttled(long waitSeconds) implements LoginOutcome {}
    }

    /**
     * Checks a login name (user name or email) and password, slowed down after repeated failures. The attempt counts as
     * checking before the password is checked, and settles as a failure or a success after ({@link LoginThrottle}); a
     * hash of an older cost is renewed. It runs in no transaction of its own: the password check takes a CPU's
     * hundreds of milliseconds and holds no database connection meanwhile, so a burst of logins cannot take every
     * connection of the pool (each statement takes one and gives it back; the throttle's steps are transactions).
     */
    public LoginOutcome login(String login, String password) {
        String name = AccountFields.normalize(login);
        if (!AccountFields.isLoginName(name)) {
            return refused(); // no account has such a name: nothing to look up or throttle
        }
        LoginThrottle.Admission admission = admit(name);
        if (!admission.admitted()) {
            throttled.increment();
            LOG.info("login refused: too many failed logins for the name lately");
            return new LoginOutcome.Throttled(Math.max(1, admission.waitSeconds()));
        }
        Optional<Account> account;
        boolean right;
        try {
            account = accounts.find(name);
            boolean matches = passwords.matches(password, account.map(Account::passwordHash));
            right = account.isPresent() && matches && (!account.get().demo() || config.demo());
        } catch (RuntimeException e) {
            throttle.settle(name, null);
            throw e;
        }
        throttle.settle(name, right);
        if (!right) {
            return refused();
        }
        Account current = renewHash(account.get(), password);
        if (!current.active()) {
            return new LoginOutcome.Deactivated();
        }
        if (!current.confirmed()) {
            return new LoginOutcome.Unconfirmed();
        }
        return new LoginOutcome.LoggedIn(current);
    }

    /** A wrong name or password: counted and logged (never the name: a password is sometimes typed into it). */
    private LoginOutcome refused() {
        wrongCredentials.increment();
        LOG.info("login refused: wrong login name or password");
        return new LoginOutcome.WrongCredentials();
    }

    private static Counter failures(MeterRegistry metrics, String reason) {
        return Counter.builder("eregistrations.logins.failed")
                .description("Logins refused, by reason")
                .tag("reason", reason)
                .register(metrics);
    }

    /**
     * A login of the JSON API, made with every request: a credential that passed the password check lately is taken
     * on trust while the account's password is unchanged ({@link VerifiedCredentials}); any other is a {@link #login}.
     */
    public LoginOutcome apiLogin(String login, String password) {
        String name = AccountFields.normalize(login);
        if (AccountFields.isLoginName(name)) {
            Optional<Account> current = accounts.find(name);
            if (credentials.vouchFor(name, password, current)
                    && current.get().confirmed()
                    && current.get().active()) {
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
        Instant arrived = Instant.now();
        LoginThrottle.Admission admission = throttle.admit(name, arrived);
        while (admission.busy() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(BUSY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return admission;
            }
            admission = throttle.admit(name, arrived);
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
        String renewed = accounts.hash(password);
        rows.update("update app_user set password_hash = ? where id = ?", renewed, account.id());
        return account.withPasswordHash(renewed);
    }
}

package org.eregistrations.web.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eregistrations.web.db.Sql;

/**
 * Failed logins per login name, and the wait they impose: after {@code free-failed-logins} failures each further
 * attempt waits 1 s, 2 s, 4 s … up to 15 min.
 *
 * <p>Attempts sent at once must not check more passwords than the throttle allows, and must not refuse each other
 * when the password is right (an API client sends requests in parallel). So an admitted attempt is counted as
 * <em>checking</em>, in a short transaction that holds the name's row lock, and counts against the free failures until
 * it {@linkplain #settle settles} as a failure or a success. An attempt that finds no free place while others are
 * being checked is {@linkplain Admission#busy() busy}: it asks again once they settle, and a right password among them
 * lets it in. Once the free failures are spent, one attempt at a time is checked after each wait.
 */
@ApplicationScoped
class LoginThrottle {
    static final long LONGEST_WAIT_SECONDS = 900;
    /** An attempt not settled after this long belongs to a process that died; it stops counting. */
    private static final Duration STALE_CHECK = Duration.ofMinutes(1);

    private final Sql sql;
    private final int freeFailures;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(Sql sql, AccountsConfig config) {
        this.sql = sql;
        this.freeFailures = config.freeFailedLogins();
    }

    /** Whether an attempt may check its password now, must wait some seconds, or must ask again shortly. */
    record Admission(long waitSeconds, boolean busy) {
        static final Admission ADMITTED = new Admission(0, false);
        static final Admission BUSY = new Admission(0, true);

        boolean admitted() {
            return waitSeconds == 0 && !busy;
        }
    }

    /**
     * Admits an attempt for a login name, which then has to {@link #settle}; or says why not. Once the free failures
     * are spent an attempt is judged by when it {@code arrived} (it may ask again while others are checked), so one
     * that waited through a burst of wrong guesses is not let in because their wait ran out meanwhile.
     */
    Admission admit(String login, Instant arrived) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            // the row exists before it is locked, so two first attempts also take turns
            sql.update(
                    "insert into login_failure (login, failures, last_failure) values (?, 0, ?) on conflict do nothing",
                    login,
                    now);
            sql.update(
                    "update login_failure set checking = 0 where login = ? and checking > 0 and checking_since < ?",
                    login,
                    now.minus(STALE_CHECK));
            Admission admission = decide(login, now, arrived);
            if (admission.admitted()) {
                sql.update(
                        "update login_failure set checking = checking + 1, checking_since = ? where login = ?",
                        now,
                        login);
            }
            return admission;
        });
    }

    /**
     * Ends an admitted attempt: a wrong password counts as a failure, a right one starts the name again with its free
     * failures; {@code null} (the check itself failed) counts as neither.
     */
    void settle(String login, Boolean rightPassword) {
        QuarkusTransaction.requiringNew().run(() -> record(login, rightPassword));
    }

    private void record(String login, Boolean rightPassword) {
        Instant now = clock.instant();
        if (rightPassword == null) {
            sql.update("update login_failure set checking = greatest(checking - 1, 0) where login = ?", login);
        } else if (rightPassword) {
            // the row stays (at 0): deleting it let an attempt admitted meanwhile find no row to count itself in,
            // so it was checked uncounted and a burst got one guess more than the free failures
            sql.update(
                    "update login_failure set failures = 0, checking = greatest(checking - 1, 0) where login = ?",
                    login);
        } else {
            sql.update(
                    "update login_failure set failures = failures + 1, last_failure = ?,"
                            + " checking = greatest(checking - 1, 0) where login = ?",
                    now,
                    login);
        }
    }

    /** The admission of an attempt, decided under the name's row lock. */
    private Admission decide(String login, Instant now, Instant arrived) {
        return sql.one(
                        "select failures, last_failure, checking from login_failure where login = ? for update",
                        row -> {
                            int failures = row.getInt(1);
                            int checking = row.getInt(3);
                            if (failures + checking < freeFailures) {
                                return Admission.ADMITTED;
                            }
                            if (checking > 0) {
                                return Admission.BUSY;
                            }
                            long delay = Math.min(LONGEST_WAIT_SECONDS, 1L << Math.min(failures - freeFailures, 10));
                            Instant allowed = row.getTimestamp(2).toInstant().plusSeconds(delay);
                            return allowed.isAfter(arrived)
                                    ? new Admission(
                                            Math.max(
                                                    1,
                                                    Duration.between(now, allowed)
                                                            .toSeconds()),
                                            false)
                                    : Admission.ADMITTED;
                        },
                        login)
                .orElse(Admission.ADMITTED);
    }
}

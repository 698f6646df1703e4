package org.eregistrations.web.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

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

    private final DataSource database;
    private final int freeFailures;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(DataSource database, AccountsConfig config) {
        this.database = database;
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

    /** Admits an attempt for a login name, which then has to {@link #settle}; or says why not. */
    Admission admit(String login) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            // the row exists before it is locked, so two first attempts also take turns
            run(
                    "insert into login_failure (login, failures, last_failure) values (?, 0, ?) on conflict do nothing",
                    login,
                    Timestamp.from(now));
            run(
                    "update login_failure set checking = 0 where login = ? and checking > 0 and checking_since < ?",
                    login,
                    Timestamp.from(now.minus(STALE_CHECK)));
            Admission admission = decide(login, now);
            if (admission.admitted()) {
                run(
                        "update login_failure set checking = checking + 1, checking_since = ? where login = ?",
                        Timestamp.from(now),
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
        Timestamp now = Timestamp.from(clock.instant());
        if (rightPassword == null) {
            run("update login_failure set checking = greatest(checking - 1, 0) where login = ?", login);
        } else if (rightPassword) {
            run("update login_failure set failures = 0, checking = greatest(checking - 1, 0) where login = ?", login);
            run("delete from login_failure where login = ? and failures = 0 and checking = 0", login);
        } else {
            run(
                    "update login_failure set failures = failures + 1, last_failure = ?,"
                            + " checking = greatest(checking - 1, 0) where login = ?",
                    now,
                    login);
        }
    }

    /** The admission of an attempt, decided under the name's row lock. */
    private Admission decide(String login, Instant now) {
        return query(
                "select failures, last_failure, checking from login_failure where login = ? for update", statement -> {
                    statement.setString(1, login);
                    try (ResultSet rows = statement.executeQuery()) {
                        if (!rows.next()) {
                            return Admission.ADMITTED;
                        }
                        int failures = rows.getInt(1);
                        int checking = rows.getInt(3);
                        if (failures + checking < freeFailures) {
                            return Admission.ADMITTED;
                        }
                        if (checking > 0) {
                            return Admission.BUSY;
                        }
                        long delay = Math.min(LONGEST_WAIT_SECONDS, 1L << Math.min(failures - freeFailures, 10));
                        Instant allowed = rows.getTimestamp(2).toInstant().plusSeconds(delay);
                        return allowed.isAfter(now)
                                ? new Admission(
                                        Math.max(
                                                1,
                                                Duration.between(now, allowed).toSeconds()),
                                        false)
                                : Admission.ADMITTED;
                    }
                });
    }

    private void run(String sql, Object... parameters) {
        query(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        });
    }

    private <T> T query(String sql, AccountRows.Work<T> work) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("login throttle: " + e.getMessage(), e);
        }
    }
}

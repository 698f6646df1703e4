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
 * attempt waits 1 s, 2 s, 4 s … up to 15 min. An attempt is counted as a failure <em>before</em> its password is
 * checked, in a short transaction of its own that holds the name's row lock, so guesses sent in parallel are admitted
 * one after the other and no more of them are checked than the throttle allows; a right password then clears the
 * count.
 */
@ApplicationScoped
class LoginThrottle {
    static final long LONGEST_WAIT_SECONDS = 900;

    private final DataSource database;
    private final int freeFailures;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(DataSource database, AccountsConfig config) {
        this.database = database;
        this.freeFailures = config.freeFailedLogins();
    }

    /**
     * Admits an attempt for a login name and counts it as a failure until {@link #clear} says otherwise; or, when the
     * name has to wait, counts nothing and says how many seconds.
     *
     * @return 0 when admitted, else the seconds to wait
     */
    long admit(String login) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Timestamp now = Timestamp.from(clock.instant());
            // the row exists before it is locked, so two first attempts also take turns
            run(
                    "insert into login_failure (login, failures, last_failure) values (?, 0, ?) on conflict do nothing",
                    login,
                    now);
            long wait = waitSeconds(login);
            if (wait == 0) {
                run("update login_failure set failures = failures + 1, last_failure = ? where login = ?", now, login);
            }
            return wait;
        });
    }

    /** After a right password: the name starts again with its free failures. */
    void clear(String login) {
        run("delete from login_failure where login = ?", login);
    }

    /** The wait of a login name, read under its row lock. */
    private long waitSeconds(String login) {
        return query("select failures, last_failure from login_failure where login = ? for update", statement -> {
            statement.setString(1, login);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return 0L;
                }
                int over = rows.getInt(1) - freeFailures;
                if (over < 0) {
                    return 0L;
                }
                long delay = Math.min(LONGEST_WAIT_SECONDS, 1L << Math.min(over, 10));
                Instant allowed = rows.getTimestamp(2).toInstant().plusSeconds(delay);
                Instant now = clock.instant();
                return allowed.isAfter(now)
                        ? Math.max(1, Duration.between(now, allowed).toSeconds())
                        : 0L;
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

package org.eregistrations.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.web.site.Tokens;

/**
 * Login sessions of the pages. The cookie holds a random token; the database holds its SHA-256, the account, the
 * session's CSRF token and when it was last used. A session ends at logout, after {@code session-idle} without a
 * request, when the password is reset and when the
 * account is deactivated.
 */
@ApplicationScoped
public class LoginSessions {
    /** last_seen_at is written at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final AccountRows accounts;
    private final Duration idle;
    private final Clock clock = Clock.systemUTC();

    LoginSessions(AccountRows accounts, AccountsConfig config) {
        this.accounts = accounts;
        this.idle = config.sessionIdle();
    }

    /** A live login session. */
    public record LoginSession(UUID id, Account account, String csrfToken) {}

    /** A new session for a login: the cookie value to set and the session. */
    public record Opened(String cookieValue, LoginSession session) {}

    @Transactional
    public Opened open(Account account) {
        String token = Tokens.random();
        LoginSession session = new LoginSession(UUID.randomUUID(), account, Tokens.random());
        Instant now = clock.instant();
        accounts.update(
                "insert into login_session (id, token_hash, user_id, csrf_token, created_at, last_seen_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                session.id(),
                Tokens.sha256(token),
                account.id(),
                session.csrfToken(),
                now,
                now);
        return new Opened(token, session);
    }

    /**
     * The live session of a cookie value, touched; empty when unknown, ended or idle too long. Asked on every page
     * request, so it is one statement (the session with its account) outside any transaction, and the touch an
     * occasional update of its own.
     */
    public Optional<LoginSession> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Row(LoginSession session, Instant lastSeen) {}
        Optional<Row> row = accounts.sql()
                .one(
                        "select s.id as session_id, s.csrf_token, s.last_seen_at, u.* from login_session s"
                                + " join app_user u on u.id = s.user_id where s.token_hash = ? and s.ended_at is null"
                                + " and u.deactivated_at is null",
                        rows -> new Row(
                                new LoginSession(
                                        rows.getObject("session_id", UUID.class),
                                        AccountRows.read(rows),
                                        rows.getString("csrf_token")),
                                rows.getTimestamp("last_seen_at").toInstant()),
                        Tokens.sha256(cookieValue));
        if (row.isEmpty() || row.get().lastSeen().plus(idle).isBefore(now)) {
            return Optional.empty();
        }
        if (row.get().lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            accounts.update(
                    "update login_session set last_seen_at = ? where id = ?",
                    now,
                    row.get().session().id());
        }
        return Optional.of(row.get().session());
    }

    @Transactional
    public void end(UUID session) {
        accounts.update(
                "update login_session set ended_at = ? where id = ? and ended_at is null", clock.instant(), session);
    }
}

package org.eregistrations.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.web.site.Tokens;

/**
 * The tokens of the links in account mails (confirm an email, reset a password): random, used once, expiring; only
 * their SHA-256 is stored ({@code account_token}).
 */
@ApplicationScoped
class LinkTokens {
    private final AccountRows rows;
    private final AccountsConfig config;

    LinkTokens(AccountRows rows, AccountsConfig config) {
        this.rows = rows;
        this.config = config;
    }

    /** A new token for a link to the user, valid this long. */
    String issue(UUID user, String purpose, Duration validity) {
        String token = Tokens.random();
        rows.update(
                "insert into account_token (token_hash, user_id, purpose, expires_at) values (?, ?, ?, ?)",
                Tokens.sha256(token),
                user,
                purpose,
                rows.now().plus(validity));
        return token;
    }

    /** Uses the token up: its user, when it is known, unused and not expired. */
    Optional<UUID> use(String token, String purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = rows.now();
        return rows.sql()
                .one(
                        "update account_token set used_at = ? where token_hash = ? and purpose = ? and used_at is null"
                                + " and expires_at > ? returning user_id",
                        row -> row.getObject(1, UUID.class),
                        now,
                        Tokens.sha256(token),
                        purpose,
                        now);
    }

    /** Whether the token can still be used, without using it. */
    boolean valid(String token, String purpose) {
        return rows.sql()
                .one(
                        "select 1 from account_token where token_hash = ? and purpose = ? and used_at is null"
                                + " and expires_at > ?",
                        row -> true,
                        Tokens.sha256(token),
                        purpose,
                        rows.now())
                .isPresent();
    }

    /** The absolute link of a path of this site, for a mail. */
    String link(String pathAndQuery) {
        String base = config.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }
}

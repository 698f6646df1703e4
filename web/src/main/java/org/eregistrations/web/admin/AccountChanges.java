package org.eregistrations.web.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eregistrations.web.db.Sql;

/** The change log of accounts ({@code account_change}): who changed what of an account, and when. */
@ApplicationScoped
class AccountChanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sql sql;
    private final Clock clock = Clock.systemUTC();

    AccountChanges(Sql sql) {
        this.sql = sql;
    }

    /** A change as logged. */
    record Logged(String by, Instant at, AccountChange change) {}

    void append(UUID account, String by, AccountChange change) {
        sql.update(
                "insert into account_change (account_id, changed_by, changed_at, what) values (?, ?, ?, ?::jsonb)",
                account,
                by,
                clock.instant(),
                write(change));
    }

    /** The account's changes, newest first. */
    List<Logged> read(UUID account) {
        return sql.list(
                "select changed_by, changed_at, what from account_change where account_id = ?"
                        + " order by changed_at desc, id desc",
                row -> new Logged(
                        row.getString("changed_by"),
                        row.getTimestamp("changed_at").toInstant(),
                        read(row.getString("what"))),
                account);
    }

    private static String write(AccountChange change) {
        try {
            return JSON.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an account change is always written as JSON", e);
        }
    }

    private static AccountChange read(String what) {
        try {
            return JSON.readValue(what, AccountChange.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("account_change.what is not a change: " + what, e);
        }
    }
}

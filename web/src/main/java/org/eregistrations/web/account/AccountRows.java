package org.eregistrations.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.web.db.Sql;

/** The accounts' rows ({@code app_user}) and the statements the account feature runs on the current transaction. */
@ApplicationScoped
class AccountRows {
    private final Sql sql;
    private final Clock clock = Clock.systemUTC();

    AccountRows(Sql sql) {
        this.sql = sql;
    }

    /** The account with this (normalised) user name or email. */
    Optional<Account> find(String name) {
        return sql.one("select * from app_user where username = ? or email = ?", AccountRows::read, name, name);
    }

    Optional<Account> findById(UUID id) {
        return sql.one("select * from app_user where id = ?", AccountRows::read, id);
    }

    boolean anyWithRole(String role) {
        return sql.one("select 1 from app_user where ? = any(roles) limit 1", row -> true, role)
                .isPresent();
    }

    void insert(Account account) {
        sql.update(
                "insert into app_user (id, username, email, display_name, password_hash, roles, institution,"
                        + " confirmed_at, created_at, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                account.id(),
                account.username(),
                account.email(),
                account.displayName(),
                account.passwordHash(),
                account.roles(),
                account.institution(),
                account.confirmed() ? now() : null,
                now(),
                account.demo());
    }

    Instant now() {
        return clock.instant();
    }

    void update(String statement, Object... parameters) {
        sql.update(statement, parameters);
    }

    Sql sql() {
        return sql;
    }

    /** The account of a row of {@code app_user} (its columns by name). */
    static Account read(ResultSet row) throws SQLException {
        Array roles = row.getArray("roles");
        return new Account(
                row.getObject("id", UUID.class),
                row.getString("username"),
                row.getString("email"),
                row.getString("display_name"),
                row.getString("password_hash"),
                Set.copyOf(Arrays.asList((String[]) roles.getArray())),
                row.getString("institution"),
                row.getTimestamp("confirmed_at") != null,
                row.getBoolean("demo"),
                row.getTimestamp("deactivated_at") == null);
    }
}

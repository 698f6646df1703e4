package org.eregistrations.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** The accounts' rows ({@code app_user}) and the statements the account feature runs on the current transaction. */
@ApplicationScoped
class AccountRows {
    private final DataSource database;
    private final Clock clock = Clock.systemUTC();

    AccountRows(DataSource database) {
        this.database = database;
    }

    /** A statement's work on a connection of the current transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** The account with this (normalised) user name or email. */
    Optional<Account> find(String name) {
        return query("select * from app_user where username = ? or email = ?", statement -> {
            statement.setString(1, name);
            statement.setString(2, name);
            return readOne(statement);
        });
    }

    Optional<Account> findById(UUID id) {
        return query("select * from app_user where id = ?", statement -> {
            statement.setObject(1, id);
            return readOne(statement);
        });
    }

    boolean anyWithRole(String role) {
        return query("select 1 from app_user where ? = any(roles) limit 1", statement -> {
            statement.setString(1, role);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        });
    }

    void insert(Account account) {
        query(
                "insert into app_user (id, username, email, display_name, password_hash, roles, institution,"
                        + " confirmed_at, created_at, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    Connection connection = statement.getConnection();
                    statement.setObject(1, account.id());
                    statement.setString(2, account.username());
                    statement.setString(3, account.email());
                    statement.setString(4, account.displayName());
                    statement.setString(5, account.passwordHash());
                    statement.setArray(
                            6, connection.createArrayOf("text", account.roles().toArray(String[]::new)));
                    statement.setString(7, account.institution());
                    statement.setTimestamp(8, account.confirmed() ? now() : null);
                    statement.setTimestamp(9, now());
                    statement.setBoolean(10, account.demo());
                    return statement.executeUpdate();
                });
    }

    Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    void update(String sql, Object... parameters) {
        query(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        });
    }

    <T> T query(String sql, Work<T> work) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("accounts: " + e.getMessage(), e);
        }
    }

    private static Optional<Account> readOne(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    private static Account read(ResultSet row) throws SQLException {
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
                row.getBoolean("demo"));
    }
}

package org.eregistrations.web.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * The one way the application runs SQL: a statement with its parameters in order, rows read by a lambda. Statements
 * run on the connection of the current transaction (Agroal enlists it), or on one of their own outside a transaction;
 * a refused statement is a {@link DatabaseException}. Parameters: an {@link Instant} is a timestamp, a collection of
 * strings a {@code text[]}, anything else as the driver binds it ({@code null} included). JSON goes in as text with
 * {@code ?::jsonb} in the statement.
 */
@ApplicationScoped
public class Sql {
    private final DataSource database;

    Sql(DataSource database) {
        this.database = database;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Several statements on one connection, for what a single statement cannot say. */
    @FunctionalInterface
    public interface Statements<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Every row of a query. */
    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return query(sql, row, false, parameters);
    }

    /**
     * Every row of a query that PostgreSQL plans for these values each time, never by a plan it keeps for any values:
     * for a query whose best plan depends on how many rows its values select (an officer's queue: a few pending
     * files of a step, or tens of thousands in its tab All).
     */
    public <T> List<T> listPlannedForValues(String sql, Row<T> row, Object... parameters) {
        return query(sql, row, true, parameters);
    }

    private <T> List<T> query(String sql, Row<T> row, boolean plannedForValues, Object... parameters) {
        return connection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                if (plannedForValues) {
                    // pgjdbc then sends an unnamed statement, which PostgreSQL plans with the values bound
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                return rows(statement, row);
            }
        });
    }

    private static <T> List<T> rows(PreparedStatement statement, Row<T> row) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            List<T> all = new ArrayList<>();
            while (rows.next()) {
                all.add(row.read(rows));
            }
            return all;
        }
    }

    /** The first row of a query, if any. */
    public <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        return connection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(row.read(rows)) : Optional.empty();
            }
        });
    }

    /** Runs an insert, update or delete (or a function call); returns the rows it changed. */
    public int update(String sql, Object... parameters) {
        return connection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.execute() ? 0 : statement.getUpdateCount();
            }
        });
    }

    /** Runs statements of its own on a connection of the current transaction. */
    public <T> T connection(Statements<T> work) {
        try (Connection connection = database.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** A {@code like} pattern (with {@code escape '\\'}) that matches the text literally anywhere in a value. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A statement with its parameters bound, on this connection. */
    public static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, value(connection, parameters[i]));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static Object value(Connection connection, Object parameter) throws SQLException {
        if (parameter instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (parameter instanceof Collection<?> items) {
            return connection.createArrayOf(
                    "text", items.stream().map(String::valueOf).toArray());
        }
        return parameter;
    }
}

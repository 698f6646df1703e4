package org.eregistrations.web.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Where the database's time goes in a load run: PostgreSQL's own statement statistics ({@code pg_stat_statements},
 * loaded by the tests' embedded database), reset before a run and read after it.
 */
final class StatementTimes {
    private static final int SHOWN = 6;
    private static final int QUERY_CHARS = 160;

    private StatementTimes() {}

    static void reset(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took the most time since the reset, per request of the run. */
    static String top(DataSource dataSource, int requests) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select calls, total_exec_time, total_plan_time, query"
                        + " from pg_stat_statements where query not like '%pg_stat_statements%'"
                        + " order by total_exec_time + total_plan_time desc limit " + SHOWN)) {
            while (rows.next()) {
                String query = rows.getString(4).replaceAll("\\s+", " ");
                out.append(String.format(
                        Locale.ROOT,
                        "    %6d calls  %7.3f ms each (%6.3f planning)  %7.2f ms per request  %s%n",
                        rows.getLong(1),
                        (rows.getDouble(2) + rows.getDouble(3)) / Math.max(1, rows.getLong(1)),
                        rows.getDouble(3) / Math.max(1, rows.getLong(1)),
                        (rows.getDouble(2) + rows.getDouble(3)) / requests,
                        query.substring(0, Math.min(QUERY_CHARS, query.length()))));
            }
        }
        return out.toString();
    }
}

package org.eregistrations.web.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Fills the store with the bulk files of {@code bench/queue-files.sql} in one transaction: files of every shipped
 * service and status with their titles, step states, assignees, events and snapshots, and their investors; then
 * vacuumed and analysed.
 */
final class QueueFiles {
    private QueueFiles() {}

    /** Inserts {@code files} files of {@code owners} investors named {@code run-<n>}. */
    static void insert(DataSource dataSource, String run, int files, int owners) throws SQLException, IOException {
        String script;
        try (InputStream in = QueueFiles.class.getResourceAsStream("/bench/queue-files.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(":run", run)
                    .replace(":files", String.valueOf(files))
                    .replace(":owners", String.valueOf(owners));
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
            connection.commit();
            connection.setAutoCommit(true);
            // as autovacuum would have done on a database that grew over months: statistics and visibility maps
            statement.execute("vacuum analyze file, file_property, file_event, file_snapshot, app_user, step_queue");
        }
    }

    /** A sample of the numbers of the sent files of a service. */
    static List<Long> numbers(DataSource dataSource, String serviceId, int count) throws SQLException {
        List<Long> numbers = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select number from file where service_id = '" + serviceId
                        + "' and status <> 'DRAFT' order by md5(id::text) limit " + count)) {
            while (rows.next()) {
                numbers.add(rows.getLong(1));
            }
        }
        return numbers;
    }

    /** The statements of a script: its lines without comments, split after each line that ends in ';'. */
    private static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")));
                current.setLength(0);
            }
        }
        return statements;
    }
}

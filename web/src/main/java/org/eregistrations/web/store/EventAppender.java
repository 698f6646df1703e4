package org.eregistrations.web.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an append: claims the file's next versions under its row lock, inserts the events and brings the projection
 * of current values up to date, on one connection in the caller's transaction.
 */
@ApplicationScoped
class EventAppender {
    private final StoreSql sql;

    EventAppender(StoreSql sql) {
        this.sql = sql;
    }

    /** One event to insert: its sequence number in the file and the change it records. */
    private record Numbered(long seq, PropertyChange change) {}

    /** Appends the changes if the file is at {@code expectedVersion}; returns the new version. */
    long append(
            UUID fileId,
            long expectedVersion,
            List<PropertyChange> changes,
            Actor actor,
            String rulesetVersion,
            String cause) {
        return sql.work(connection -> {
            Instant at = claimVersion(connection, fileId, expectedVersion, changes.size());
            List<Numbered> events = new ArrayList<>(changes.size());
            long seq = expectedVersion;
            for (PropertyChange change : changes) {
                events.add(new Numbered(++seq, change));
            }
            insertEvents(connection, fileId, events, at, actor, rulesetVersion, cause);
            project(connection, fileId, events, at);
            return seq;
        });
    }

    /** The version in the database, with the file's row locked until the transaction ends. */
    long lockedVersion(UUID fileId) {
        return sql.work(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("select version from file where id = ? for update")) {
                select.setObject(1, fileId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("no file " + fileId);
                    }
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * Moves the file from {@code expected} to {@code expected + count} in one conditional update, which also takes the
     * row lock that orders concurrent writers; returns the stamp of the new events: microseconds, strictly after the
     * file's previous stamp, so "the state at a moment" is never ambiguous.
     */
    private Instant claimVersion(Connection connection, UUID fileId, long expected, int count) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update file set version = version + ?, updated_at = greatest(?, updated_at + interval '1 microsecond')"
                        + " where id = ? and version = ? returning updated_at")) {
            update.setInt(1, count);
            update.setTimestamp(2, Timestamp.from(StoreSql.now()));
            update.setObject(3, fileId);
            update.setLong(4, expected);
            try (ResultSet row = update.executeQuery()) {
                if (row.next()) {
                    return row.getTimestamp(1).toInstant();
                }
            }
        }
        throw new ConcurrentChangeException(expected, lockedVersion(fileId));
    }

    private void insertEvents(
            Connection connection,
            UUID fileId,
            List<Numbered> events,
            Instant at,
            Actor actor,
            String rulesetVersion,
            String cause)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into file_event (file_id, seq, path, value, removed, at, user_id, session_id,"
                        + " ruleset_version, cause) values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)")) {
            Timestamp stamp = Timestamp.from(at);
            for (Numbered event : events) {
                PropertyChange change = event.change();
                insert.setObject(1, fileId);
                insert.setLong(2, event.seq());
                insert.setString(3, change.path());
                insert.setString(4, change.isRemoval() ? null : sql.write(change.value()));
                insert.setBoolean(5, change.isRemoval());
                insert.setTimestamp(6, stamp);
                insert.setString(7, actor.user());
                insert.setString(8, actor.session());
                insert.setString(9, rulesetVersion);
                insert.setString(10, cause);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Keeps the last value of each path the events changed in {@code file_property}, or removes it. */
    private void project(Connection connection, UUID fileId, List<Numbered> events, Instant at) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                        "insert into file_property (file_id, path, value, seq, changed_at) values (?, ?, ?::jsonb, ?, ?)"
                                + " on conflict (file_id, path) do update set value = excluded.value, seq = excluded.seq,"
                                + " changed_at = excluded.changed_at");
                PreparedStatement delete =
                        connection.prepareStatement("delete from file_property where file_id = ? and path = ?")) {
            Map<String, Numbered> last = new LinkedHashMap<>();
            events.forEach(event -> last.put(event.change().path(), event));
            for (Numbered event : last.values()) {
                PropertyChange change = event.change();
                if (change.isRemoval()) {
                    delete.setObject(1, fileId);
                    delete.setString(2, change.path());
                    delete.addBatch();
                } else {
                    upsert.setObject(1, fileId);
                    upsert.setString(2, change.path());
                    upsert.setString(3, sql.write(change.value()));
                    upsert.setLong(4, event.seq());
                    upsert.setTimestamp(5, Timestamp.from(at));
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
            delete.executeBatch();
        }
    }
}

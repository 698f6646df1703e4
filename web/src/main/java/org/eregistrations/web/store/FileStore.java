package org.eregistrations.web.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.hibernate.Session;

/**
 * The event store of files: every change is an event that is never updated or deleted, and the current state is a
 * projection kept in the same transaction. Appends name the version they expect; a stale one is refused.
 */
@ApplicationScoped
public class FileStore {
    public static final String CAUSE_CHANGE = "change";
    static final String CAUSE_RESTORE = "restore";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    FileStore(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public FileRecord createFile(String serviceId, String owner) {
        FileRecord file = new FileRecord();
        file.id = UUID.randomUUID();
        file.serviceId = serviceId;
        file.ownerId = owner;
        file.status = "DRAFT";
        file.version = 0;
        file.createdAt = OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
        file.updatedAt = file.createdAt;
        file.persist();
        return file;
    }

    public Optional<FileRecord> findFile(UUID id) {
        return Optional.ofNullable(entityManager.find(FileRecord.class, id));
    }

    /**
     * Appends the changes as events and updates the projection, all in one transaction, if the file is still at
     * {@code expectedVersion}; returns the new version.
     */
    @Transactional
    public long appendChanges(
            UUID fileId,
            long expectedVersion,
            List<PropertyChange> changes,
            Actor actor,
            String rulesetVersion,
            String cause) {
        if (changes.isEmpty()) {
            long current = lockedVersion(fileId);
            if (current != expectedVersion) {
                throw new ConcurrentChangeException(expectedVersion, current);
            }
            return current;
        }
        // pending changes of the file's row go first: the row is refreshed after the append
        entityManager.flush();
        Session session = entityManager.unwrap(Session.class);
        long version = session.doReturningWork(connection -> {
            Instant at = claimVersion(connection, fileId, expectedVersion, changes.size());
            List<Object[]> rows = new ArrayList<>(changes.size());
            long seq = expectedVersion;
            for (PropertyChange change : changes) {
                rows.add(new Object[] {++seq, change});
            }
            insertEvents(connection, fileId, rows, at, actor, rulesetVersion, cause);
            project(connection, fileId, rows);
            return seq;
        });
        FileRecord managed = session.byId(FileRecord.class).getReference(fileId);
        if (Hibernate.isInitialized(managed)) {
            entityManager.refresh(managed);
        }
        return version;
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
            update.setTimestamp(2, Timestamp.from(now()));
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

    /** The version in the database, with the file's row locked until the transaction ends. */
    private long lockedVersion(UUID fileId) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
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

    /** The current value of every property of a file. */
    public Map<String, JsonNode> readCurrent(UUID fileId) {
        return query(
                "select path, value from file_property where file_id = ? order by path",
                statement -> statement.setObject(1, fileId));
    }

    /**
     * Every property of a file as it was at a moment: the last event of each path at or before it. The distinct paths
     * come from a loose index scan and each one's last event from one index seek, so the cost grows with the number of
     * paths, not of events.
     */
    public Map<String, JsonNode> readAt(UUID fileId, Instant at) {
        return query(
                """
                with recursive paths(path) as (
                    (select path from file_event where file_id = ? order by path limit 1)
                    union all
                    select (select e.path from file_event e where e.file_id = ? and e.path > p.path
                            order by e.path limit 1)
                    from paths p where p.path is not null)
                select p.path, last.value from paths p
                cross join lateral (
                    select e.value, e.removed from file_event e
                    where e.file_id = ? and e.path = p.path and e.at <= ?
                    order by e.at desc, e.seq desc limit 1) last
                where p.path is not null and not last.removed""",
                statement -> {
                    statement.setObject(1, fileId);
                    statement.setObject(2, fileId);
                    statement.setObject(3, fileId);
                    statement.setTimestamp(4, Timestamp.from(at));
                });
    }

    /** The rule set version the file's last change at or before a moment was made under. */
    public Optional<String> readRulesetVersionAt(UUID fileId, Instant at) {
        return Optional.ofNullable(query(
                                "select 'version', to_jsonb(ruleset_version) from file_event where file_id = ? and at <= ?"
                                        + " order by seq desc limit 1",
                                statement -> {
                                    statement.setObject(1, fileId);
                                    statement.setTimestamp(2, Timestamp.from(at));
                                })
                        .get("version"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText);
    }

    /** The file version (number of events) at a moment. */
    public long readVersionAt(UUID fileId, Instant at) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select coalesce(max(seq), 0) from file_event where file_id = ? and at <= ?")) {
                statement.setObject(1, fileId);
                statement.setTimestamp(2, Timestamp.from(at));
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** The events of a file, of one path or of all when {@code path} is null, in the order they were appended. */
    public List<StoredEvent> readEvents(UUID fileId, String path) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            String sql = "select seq, path, value, removed, at, user_id, session_id, ruleset_version, cause"
                    + " from file_event where file_id = ?" + (path == null ? "" : " and path = ?") + " order by seq";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, fileId);
                if (path != null) {
                    statement.setString(2, path);
                }
                List<StoredEvent> events = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        events.add(new StoredEvent(
                                rows.getLong(1),
                                rows.getString(2),
                                parse(rows.getString(3)),
                                rows.getBoolean(4),
                                rows.getTimestamp(5).toInstant(),
                                rows.getString(6),
                                rows.getString(7),
                                rows.getString(8),
                                rows.getString(9)));
                    }
                }
                return events;
            }
        });
    }

    /**
     * Brings every value of a file back to what it was at a moment by appending the events that do so, recorded as a
     * restore by {@code actor}; history is never rewritten. Returns the new version.
     */
    @Transactional
    public long restore(UUID fileId, long expectedVersion, Instant at, Actor actor, String rulesetVersion) {
        Map<String, JsonNode> then = readAt(fileId, at);
        Map<String, JsonNode> now = readCurrent(fileId);
        List<PropertyChange> changes = new ArrayList<>();
        Map<String, JsonNode> all = new TreeMap<>(now);
        then.forEach(all::putIfAbsent);
        for (String path : all.keySet()) {
            JsonNode before = then.get(path);
            if (before == null) {
                changes.add(new PropertyChange(path, null));
            } else if (!before.equals(now.get(path))) {
                changes.add(new PropertyChange(path, before));
            }
        }
        return appendChanges(fileId, expectedVersion, changes, actor, rulesetVersion, CAUSE_RESTORE);
    }

    /** Keeps the derived sets of a file at sending, with the ruleset version it is pinned to. */
    @Transactional
    public void saveSnapshot(UUID fileId, String rulesetVersion, JsonNode derivation) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into file_snapshot (file_id, ruleset_version, derivation, taken_at) values (?, ?, ?::jsonb, ?)"
                            + " on conflict (file_id) do update set ruleset_version = excluded.ruleset_version,"
                            + " derivation = excluded.derivation, taken_at = excluded.taken_at")) {
                statement.setObject(1, fileId);
                statement.setString(2, rulesetVersion);
                statement.setString(3, write(derivation));
                statement.setTimestamp(4, Timestamp.from(now()));
                statement.executeUpdate();
            }
        });
    }

    public Optional<JsonNode> readSnapshot(UUID fileId) {
        return Optional.ofNullable(query(
                        "select 'derivation', derivation from file_snapshot where file_id = ?",
                        statement -> statement.setObject(1, fileId))
                .get("derivation"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void insertEvents(
            Connection connection,
            UUID fileId,
            List<Object[]> rows,
            Instant at,
            Actor actor,
            String rulesetVersion,
            String cause)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into file_event (file_id, seq, path, value, removed, at, user_id, session_id,"
                        + " ruleset_version, cause) values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)")) {
            Timestamp stamp = Timestamp.from(at);
            for (Object[] row : rows) {
                PropertyChange change = (PropertyChange) row[1];
                insert.setObject(1, fileId);
                insert.setLong(2, (Long) row[0]);
                insert.setString(3, change.path());
                insert.setString(4, change.isRemoval() ? null : write(change.value()));
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

    private void project(Connection connection, UUID fileId, List<Object[]> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                        "insert into file_property (file_id, path, value, seq) values (?, ?, ?::jsonb, ?)"
                                + " on conflict (file_id, path) do update set value = excluded.value, seq = excluded.seq");
                PreparedStatement delete =
                        connection.prepareStatement("delete from file_property where file_id = ? and path = ?")) {
            Map<String, Object[]> last = new LinkedHashMap<>();
            rows.forEach(row -> last.put(((PropertyChange) row[1]).path(), row));
            for (Object[] row : last.values()) {
                PropertyChange change = (PropertyChange) row[1];
                if (change.isRemoval()) {
                    delete.setObject(1, fileId);
                    delete.setString(2, change.path());
                    delete.addBatch();
                } else {
                    upsert.setObject(1, fileId);
                    upsert.setString(2, change.path());
                    upsert.setString(3, write(change.value()));
                    upsert.setLong(4, (Long) row[0]);
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
            delete.executeBatch();
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Map<String, JsonNode> query(String sql, Binder binder) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                Map<String, JsonNode> values = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.put(rows.getString(1), parse(rows.getString(2)));
                    }
                }
                return new TreeMap<>(values);
            }
        });
    }

    private String write(JsonNode value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON", e);
        }
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored value is not JSON: " + text, e);
        }
    }
}

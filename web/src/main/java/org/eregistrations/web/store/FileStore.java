package org.eregistrations.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.eregistrations.engine.lifecycle.FileStatus;
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
    private final StoreSql sql;
    private final EventAppender appender;
    private final MeterRegistry metrics;
    private final Counter conflicts;

    FileStore(EntityManager entityManager, StoreSql sql, EventAppender appender, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.sql = sql;
        this.appender = appender;
        this.metrics = metrics;
        this.conflicts = Counter.builder("eregistrations.events.conflicts")
                .description("Changes refused because the file had changed since the version they name")
                .register(metrics);
    }

    /** The refusal of a change that names a version the file is no longer at; counted with the store's own. */
    public ConcurrentChangeException stale(long expectedVersion, long currentVersion) {
        conflicts.increment();
        return new ConcurrentChangeException(expectedVersion, currentVersion);
    }

    @Transactional
    public FileRecord createFile(String serviceId, String owner) {
        FileRecord file = new FileRecord();
        file.id = UUID.randomUUID();
        file.number = ((Number) entityManager
                        .createNativeQuery("select nextval('file_number')")
                        .getSingleResult())
                .longValue();
        file.serviceId = serviceId;
        file.ownerId = owner;
        file.status = FileStatus.DRAFT;
        file.version = 0;
        file.createdAt = OffsetDateTime.ofInstant(StoreSql.now(), ZoneOffset.UTC);
        file.updatedAt = file.createdAt;
        file.persist();
        return file;
    }

    public Optional<FileRecord> findFile(UUID id) {
        return Optional.ofNullable(entityManager.find(FileRecord.class, id));
    }

    /**
     * {@link #appendChanges} for a file whose row this transaction holds ({@link FileReads#readForUpdate}), at its version: the
     * row is not read again; {@code file} (detached, if it was managed) is given its new version.
     */
    @Transactional
    public long appendChanges(
            FileRecord file, List<PropertyChange> changes, Actor actor, String rulesetVersion, String cause) {
        entityManager.flush();
        long version = append(file.id, file.version, changes, actor, rulesetVersion, cause);
        if (entityManager.contains(file)) {
            entityManager.detach(file);
        }
        file.version = version;
        return version;
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
            long current = appender.lockedVersion(fileId);
            if (current != expectedVersion) {
                throw stale(expectedVersion, current);
            }
            return current;
        }
        // pending changes of the file's row go first: the row is refreshed after the append
        entityManager.flush();
        long version = append(fileId, expectedVersion, changes, actor, rulesetVersion, cause);
        FileRecord managed =
                entityManager.unwrap(Session.class).byId(FileRecord.class).getReference(fileId);
        if (Hibernate.isInitialized(managed)) {
            entityManager.refresh(managed);
        }
        return version;
    }

    private long append(
            UUID fileId,
            long expectedVersion,
            List<PropertyChange> changes,
            Actor actor,
            String rulesetVersion,
            String cause) {
        try {
            long version = appender.append(fileId, expectedVersion, changes, actor, rulesetVersion, cause);
            Counter.builder("eregistrations.events.appended")
                    .description("Events appended to files, by cause")
                    .tag("cause", cause)
                    .register(metrics)
                    .increment(changes.size());
            return version;
        } catch (ConcurrentChangeException e) {
            conflicts.increment();
            throw e;
        }
    }

    /**
     * Brings every value of a file back to what it was at a moment by appending the events that do so, recorded as a
     * restore by {@code actor}; history is never rewritten. Returns the new version.
     */
    @Transactional
    public long restore(UUID fileId, long expectedVersion, Instant at, Actor actor, String rulesetVersion) {
        return appendChanges(fileId, expectedVersion, restoreChanges(fileId, at), actor, rulesetVersion, CAUSE_RESTORE);
    }

    /** The changes a restore to a moment appends: each value that differs now, back to its value then (or removed). */
    public List<PropertyChange> restoreChanges(UUID fileId, Instant at) {
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
        return changes;
    }

    /** The current value of every property of a file. */
    public Map<String, JsonNode> readCurrent(UUID fileId) {
        return sql.readValues(StoreSql.CURRENT_VALUES, statement -> statement.setObject(1, fileId));
    }

    /** A file's version and current values in one statement, so that the two belong together. */
    public FileState readState(UUID fileId) {
        return sql.work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select f.version, p.path, p.value from file f left join file_property p on p.file_id = f.id"
                            + " where f.id = ?")) {
                statement.setObject(1, fileId);
                long version = -1;
                Map<String, JsonNode> values = new TreeMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        version = rows.getLong(1);
                        if (rows.getString(2) != null) {
                            values.put(rows.getString(2), sql.parse(rows.getString(3)));
                        }
                    }
                }
                if (version < 0) {
                    throw new IllegalArgumentException("no file " + fileId);
                }
                return new FileState(version, values);
            }
        });
    }

    /**
     * Every property of a file as it was at a moment: the last event of each path at or before it. The distinct paths
     * come from a loose index scan and each one's last event from one index seek, so the cost grows with the number of
     * paths, not of events.
     */
    public Map<String, JsonNode> readAt(UUID fileId, Instant at) {
        return sql.readValues(
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

    /** The events of a file, of one path or of all when {@code path} is null, in the order they were appended. */
    public List<StoredEvent> readEvents(UUID fileId, String path) {
        return sql.work(connection -> {
            String query = "select seq, path, value, removed, at, user_id, session_id, ruleset_version, cause"
                    + " from file_event where file_id = ?" + (path == null ? "" : " and path = ?") + " order by seq";
            try (PreparedStatement statement = connection.prepareStatement(query)) {
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
                                sql.parse(rows.getString(3)),
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
}

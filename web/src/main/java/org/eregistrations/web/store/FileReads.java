package org.eregistrations.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.eregistrations.engine.lifecycle.FileStatus;

/**
 * Reads of the current state beyond one file's values: a file's row locked for an append with its values, and some
 * values of many files at once (a list's titles).
 */
@ApplicationScoped
public class FileReads {
    private final StoreSql sql;

    FileReads(StoreSql sql) {
        this.sql = sql;
    }

    /**
     * A file's row, locked until the transaction ends so that no one else appends to the file meanwhile, and then its
     * current values. Two statements on purpose: a locking read that waited for another writer sees that writer's row
     * but not the rows it wrote elsewhere, so the values are read once the lock is held. The row is not managed by
     * Hibernate (its stamps are not read): it is for an append.
     */
    public Optional<LockedFile> readForUpdate(UUID id) {
        Optional<FileRecord> locked = sql.work(connection -> {
            FileRecord file;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select service_id, owner_id, status, version, ruleset_version from file where id = ?"
                            + " for no key update")) {
                statement.setObject(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    file = new FileRecord();
                    file.id = id;
                    file.serviceId = row.getString(1);
                    file.ownerId = row.getString(2);
                    file.status = FileStatus.valueOf(row.getString(3));
                    file.version = row.getLong(4);
                    file.rulesetVersion = row.getString(5);
                }
            }
            return Optional.of(file);
        });
        return locked.map(file ->
                new LockedFile(file, sql.readValues(StoreSql.CURRENT_VALUES, statement -> statement.setObject(1, id))));
    }

    /** The current values of these paths for each of these files, by file (a file without any of them is absent). */
    public Map<UUID, Map<String, JsonNode>> readCurrent(Collection<UUID> fileIds, Collection<String> paths) {
        Map<UUID, Map<String, JsonNode>> values = new HashMap<>();
        if (fileIds.isEmpty() || paths.isEmpty()) {
            return values;
        }
        sql.workWithoutResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select file_id, path, value from file_property where file_id = any(?) and path = any(?)")) {
                statement.setArray(1, connection.createArrayOf("uuid", fileIds.toArray()));
                statement.setArray(2, connection.createArrayOf("text", paths.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.computeIfAbsent(rows.getObject(1, UUID.class), file -> new TreeMap<>())
                                .put(rows.getString(2), sql.parse(rows.getString(3)));
                    }
                }
            }
        });
        return values;
    }
}

package org.eregistrations.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** The derived sets of a sent file, kept with the ruleset version it is pinned to for when that version is gone. */
@ApplicationScoped
public class SnapshotStore {
    private final StoreSql sql;

    SnapshotStore(StoreSql sql) {
        this.sql = sql;
    }

    /** Keeps the derived sets of a file at sending, with the ruleset version it is pinned to. */
    @Transactional
    public void saveSnapshot(UUID fileId, String rulesetVersion, JsonNode derivation) {
        sql.workWithoutResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into file_snapshot (file_id, ruleset_version, derivation, taken_at) values (?, ?, ?::jsonb, ?)"
                            + " on conflict (file_id) do update set ruleset_version = excluded.ruleset_version,"
                            + " derivation = excluded.derivation, taken_at = excluded.taken_at")) {
                statement.setObject(1, fileId);
                statement.setString(2, rulesetVersion);
                statement.setString(3, sql.write(derivation));
                statement.setTimestamp(4, Timestamp.from(StoreSql.now()));
                statement.executeUpdate();
            }
        });
    }

    public Optional<JsonNode> readSnapshot(UUID fileId) {
        return Optional.ofNullable(sql.readValues(
                        "select 'derivation', derivation from file_snapshot where file_id = ?",
                        statement -> statement.setObject(1, fileId))
                .get("derivation"));
    }
}

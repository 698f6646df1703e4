package org.eregistrations.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The versions of a file at a moment: its own (the number of its events) and the ruleset version it was on. */
@ApplicationScoped
public class FileVersions {
    private final StoreSql sql;

    FileVersions(StoreSql sql) {
        this.sql = sql;
    }

    /** The rule set version the file's last change at or before a moment was made under. */
    public Optional<String> readRulesetVersionAt(UUID fileId, Instant at) {
        return Optional.ofNullable(sql.readValues(
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
        return sql.work(connection -> {
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
}

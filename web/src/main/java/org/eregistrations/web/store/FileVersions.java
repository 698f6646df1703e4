package org.eregistrations.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** The paths of a file changed after a version, and the value each had at that version (none: it had none). */
    public record Earlier(Set<String> changed, Map<String, JsonNode> values) {}

    /** What changed in a file after {@code version}, and what it was then: for a page that showed that version. */
    public Earlier readEarlier(UUID fileId, long version) {
        return sql.work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    """
                    select c.path, last.value, last.removed
                    from (select distinct path from file_event where file_id = ? and seq > ?) c
                    left join lateral (
                        select e.value, e.removed from file_event e
                        where e.file_id = ? and e.path = c.path and e.seq <= ?
                        order by e.seq desc limit 1) last on true""")) {
                statement.setObject(1, fileId);
                statement.setLong(2, version);
                statement.setObject(3, fileId);
                statement.setLong(4, version);
                Set<String> changed = new HashSet<>();
                Map<String, JsonNode> values = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        changed.add(rows.getString(1));
                        String value = rows.getString(2);
                        if (value != null && !rows.getBoolean(3)) {
                            values.put(rows.getString(1), sql.parse(value));
                        }
                    }
                }
                return new Earlier(changed, values);
            }
        });
    }
}

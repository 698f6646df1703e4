package org.eregistrations.web.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.web.db.Sql;

/**
 * The rule set versions in the database: each version's bundle by content hash, the activation history, and every
 * activation attempt. Activations notify the other instances on the channel {@value #CHANNEL}.
 */
@ApplicationScoped
public class RuleSetVersions {
    static final String CHANNEL = "ruleset_activated";

    private final Sql sql;
    private final ObjectMapper json;

    RuleSetVersions(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** One activation: the version made active (null when the service was retired), by whom and when. */
    public record Activation(String serviceId, String version, String action, Instant at, String by) {}

    /**
     * One attempt to activate a bundle: how it came ({@code source}: publish, upload, folder, rollback, activate), the
     * messages that refused it, how long each stage took and each scenario's outcome. Its status is pending, activated,
     * refused, or passed (checked and stored, not activated: it can be tried, then activated).
     */
    public record Attempt(
            UUID id,
            String serviceId,
            String version,
            String status,
            List<String> messages,
            Map<String, Long> timings,
            Instant at,
            String by,
            String source,
            List<ScenarioOutcome> scenarios) {
        public Attempt {
            scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        }

        static Attempt pending(UUID id, String user, String source) {
            return new Attempt(id, null, null, "pending", List.of(), Map.of(), Instant.now(), user, source, List.of());
        }
    }

    /** A scenario of an attempt: its name and file, and each expectation it failed with the line that states it. */
    public record ScenarioOutcome(String name, String file, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** A version stored for a service: activated at some time, or checked and waiting to be tried and activated. */
    public record StoredVersion(String version, Instant storedAt, String storedBy) {}

    /** Stores a version (once per hash) and activates it, in one transaction, then tells the other instances. */
    public void storeAndActivate(String serviceId, String version, BundleFiles bundle, String action, String user) {
        QuarkusTransaction.requiringNew().run(() -> {
            insertVersion(serviceId, version, bundle, user);
            activation(serviceId, version, action, user);
        });
    }

    private void insertVersion(String serviceId, String version, BundleFiles bundle, String user) {
        sql.update(
                "insert into ruleset_version (service_id, version, bundle, stored_at, stored_by)"
                        + " values (?, ?, ?::jsonb, ?, ?) on conflict do nothing",
                serviceId,
                version,
                write(bundle.encoded()),
                Instant.now(),
                user);
    }

    /** Stores a version that passed its checks without activating it: it can be tried, then activated. */
    public void store(String serviceId, String version, BundleFiles bundle, String user) {
        QuarkusTransaction.requiringNew().run(() -> insertVersion(serviceId, version, bundle, user));
    }

    /** The versions stored for a service, newest first. */
    public List<StoredVersion> readVersions(String serviceId) {
        return sql.list(
                "select version, stored_at, stored_by from ruleset_version where service_id = ? order by stored_at desc",
                row -> new StoredVersion(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)),
                serviceId);
    }

    /** Retires a service: no new files; files in progress go on with their version. */
    public void retire(String serviceId, String user) {
        QuarkusTransaction.requiringNew().run(() -> activation(serviceId, null, "retire", user));
    }

    public Optional<BundleFiles> readBundle(String serviceId, String version) {
        return sql.one(
                "select bundle from ruleset_version where service_id = ? and version = ?",
                row -> BundleFiles.decoded(read(row.getString(1), new TypeReference<Map<String, String>>() {})),
                serviceId,
                version);
    }

    /** The active version of each service that has one (retired services map to null). */
    public Map<String, Optional<String>> readActiveVersions() {
        Map<String, Optional<String>> active = new LinkedHashMap<>();
        sql.list(
                "select distinct on (service_id) service_id, version from ruleset_activation"
                        + " order by service_id, id desc",
                row -> active.put(row.getString(1), Optional.ofNullable(row.getString(2))));
        return active;
    }

    /** The last version a service had before it was retired (or its active one). */
    public Optional<String> readLastVersion(String serviceId) {
        return sql.one(
                "select version from ruleset_activation where service_id = ? and version is not null"
                        + " order by id desc limit 1",
                row -> row.getString(1),
                serviceId);
    }

    /** The activations of a service, oldest first: which rules were active at any moment. */
    public List<Activation> readActivations(String serviceId) {
        return sql.list(
                "select service_id, version, action, at, by_user from ruleset_activation where service_id = ?"
                        + " order by id",
                row -> new Activation(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant(),
                        row.getString(5)),
                serviceId);
    }

    /** Records an attempt in a transaction of its own: it stays whatever becomes of the caller's. */
    public void recordAttempt(Attempt attempt) {
        QuarkusTransaction.requiringNew()
                .run(() -> sql.update(
                        "insert into ruleset_attempt (id, service_id, version, status, messages, timings, at, by_user,"
                                + " source, scenarios) values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb)"
                                + " on conflict (id) do update set service_id = excluded.service_id,"
                                + " version = excluded.version, status = excluded.status, messages = excluded.messages,"
                                + " timings = excluded.timings, scenarios = excluded.scenarios",
                        attempt.id(),
                        attempt.serviceId(),
                        attempt.version(),
                        attempt.status(),
                        write(attempt.messages()),
                        write(attempt.timings()),
                        attempt.at(),
                        attempt.by(),
                        attempt.source(),
                        write(attempt.scenarios())));
    }

    private static final String ATTEMPT_COLUMNS =
            "select id, service_id, version, status, messages, timings, at, by_user, source, scenarios"
                    + " from ruleset_attempt";

    public Optional<Attempt> readAttempt(UUID id) {
        return sql.one(ATTEMPT_COLUMNS + " where id = ?", this::attempt, id);
    }

    /** The latest attempts, newest first. */
    public List<Attempt> readRecentAttempts(int limit) {
        return sql.list(ATTEMPT_COLUMNS + " order by at desc limit ?", this::attempt, limit);
    }

    /** The latest attempts for one service, newest first. */
    public List<Attempt> readRecentAttempts(String serviceId, int limit) {
        return sql.list(
                ATTEMPT_COLUMNS + " where service_id = ? order by at desc limit ?", this::attempt, serviceId, limit);
    }

    private Attempt attempt(ResultSet rows) throws SQLException {
        return new Attempt(
                rows.getObject(1, UUID.class),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                read(rows.getString(5), new TypeReference<List<String>>() {}),
                read(rows.getString(6), new TypeReference<Map<String, Long>>() {}),
                rows.getTimestamp(7).toInstant(),
                rows.getString(8),
                rows.getString(9),
                read(rows.getString(10), new TypeReference<List<ScenarioOutcome>>() {}));
    }

    /** Records an activation and tells the other instances, when the transaction commits (NOTIFY waits for it). */
    private void activation(String serviceId, String version, String action, String user) {
        sql.update(
                "insert into ruleset_activation (service_id, version, action, at, by_user) values (?, ?, ?, ?, ?)",
                serviceId,
                version,
                action,
                Instant.now(),
                user);
        sql.update("select pg_notify(?, ?)", CHANNEL, serviceId);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}

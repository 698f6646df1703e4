package org.eregistrations.web.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The rule set versions in the database: each version's bundle by content hash, the activation history, and every
 * activation attempt. Activations notify the other instances on the channel {@value #CHANNEL}.
 */
@ApplicationScoped
public class RuleSetVersions {
    static final String CHANNEL = "ruleset_activated";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    RuleSetVersions(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** One activation: the version made active (null when the service was retired), by whom and when. */
    public record Activation(String serviceId, String version, String action, Instant at, String by) {}

    /** One attempt to activate a bundle, with the messages that refused it and how long each stage took. */
    public record Attempt(
            UUID id,
            String serviceId,
            String version,
            String status,
            List<String> messages,
            Map<String, Long> timings,
            Instant at,
            String by) {}

    /** Stores a version (once per hash) and activates it, in one transaction, then tells the other instances. */
    public void storeAndActivate(String serviceId, String version, BundleFiles bundle, String action, String user) {
        inTransaction(connection -> {
            try (PreparedStatement store = connection.prepareStatement(
                    "insert into ruleset_version (service_id, version, bundle, stored_at, stored_by)"
                            + " values (?, ?, ?::jsonb, ?, ?) on conflict do nothing")) {
                store.setString(1, serviceId);
                store.setString(2, version);
                store.setString(3, write(bundle.encoded()));
                store.setTimestamp(4, Timestamp.from(Instant.now()));
                store.setString(5, user);
                store.executeUpdate();
            }
            activation(connection, serviceId, version, action, user);
        });
    }

    /** Retires a service: no new files; files in progress go on with their version. */
    public void retire(String serviceId, String user) {
        inTransaction(connection -> activation(connection, serviceId, null, "retire", user));
    }

    public Optional<BundleFiles> readBundle(String serviceId, String version) {
        return query(
                        "select bundle from ruleset_version where service_id = ? and version = ?",
                        statement -> {
                            statement.setString(1, serviceId);
                            statement.setString(2, version);
                        },
                        rows -> BundleFiles.decoded(
                                read(rows.getString(1), new TypeReference<Map<String, String>>() {})))
                .stream()
                .findFirst();
    }

    /** The active version of each service that has one (retired services map to null). */
    public Map<String, Optional<String>> readActiveVersions() {
        Map<String, Optional<String>> active = new LinkedHashMap<>();
        query(
                "select distinct on (service_id) service_id, version from ruleset_activation"
                        + " order by service_id, id desc",
                statement -> {},
                rows -> {
                    active.put(rows.getString(1), Optional.ofNullable(rows.getString(2)));
                    return null;
                });
        return active;
    }

    /** The last version a service had before it was retired (or its active one). */
    public Optional<String> readLastVersion(String serviceId) {
        return query(
                        "select version from ruleset_activation where service_id = ? and version is not null"
                                + " order by id desc limit 1",
                        statement -> statement.setString(1, serviceId),
                        rows -> rows.getString(1))
                .stream()
                .findFirst();
    }

    /** The activations of a service, oldest first: which rules were active at any moment. */
    public List<Activation> readActivations(String serviceId) {
        return query(
                "select service_id, version, action, at, by_user from ruleset_activation where service_id = ?"
                        + " order by id",
                statement -> statement.setString(1, serviceId),
                rows -> new Activation(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getTimestamp(4).toInstant(),
                        rows.getString(5)));
    }

    public void recordAttempt(Attempt attempt) {
        inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into ruleset_attempt (id, service_id, version, status, messages, timings, at, by_user)"
                            + " values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) on conflict (id) do update set"
                            + " service_id = excluded.service_id, version = excluded.version, status = excluded.status,"
                            + " messages = excluded.messages, timings = excluded.timings")) {
                insert.setObject(1, attempt.id());
                insert.setString(2, attempt.serviceId());
                insert.setString(3, attempt.version());
                insert.setString(4, attempt.status());
                insert.setString(5, write(attempt.messages()));
                insert.setString(6, write(attempt.timings()));
                insert.setTimestamp(7, Timestamp.from(attempt.at()));
                insert.setString(8, attempt.by());
                insert.executeUpdate();
            }
        });
    }

    private static final String ATTEMPT_COLUMNS =
            "select id, service_id, version, status, messages, timings, at, by_user from ruleset_attempt";

    public Optional<Attempt> readAttempt(UUID id) {
        return query(ATTEMPT_COLUMNS + " where id = ?", statement -> statement.setObject(1, id), this::attempt).stream()
                .findFirst();
    }

    /** The latest attempts, newest first. */
    public List<Attempt> readRecentAttempts(int limit) {
        return query(
                ATTEMPT_COLUMNS + " order by at desc limit ?", statement -> statement.setInt(1, limit), this::attempt);
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
                rows.getString(8));
    }

    private void activation(Connection connection, String serviceId, String version, String action, String user)
            throws SQLException {
        try (PreparedStatement activate = connection.prepareStatement(
                "insert into ruleset_activation (service_id, version, action, at, by_user) values (?, ?, ?, ?, ?)")) {
            activate.setString(1, serviceId);
            activate.setString(2, version);
            activate.setString(3, action);
            activate.setTimestamp(4, Timestamp.from(Instant.now()));
            activate.setString(5, user);
            activate.executeUpdate();
        }
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, serviceId);
            notify.execute();
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rule set versions: " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<T> results = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    results.add(reader.read(rows));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new IllegalStateException("rule set versions: " + e.getMessage(), e);
        }
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

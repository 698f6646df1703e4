package org.eregistrations.web.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.hibernate.jdbc.Work;

/**
 * The JDBC the store's classes share: statements on the transaction's connection, JSON columns written and read
 * with the application's mapper, and the stamp of a write.
 */
@ApplicationScoped
class StoreSql {
    /** The current value of every property of a file ({@code file_id} its one parameter). */
    static final String CURRENT_VALUES = "select path, value from file_property where file_id = ? order by path";

    private static final Clock CLOCK = Clock.systemUTC();

    private final EntityManager entityManager;
    private final ObjectMapper json;

    StoreSql(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Binds the parameters of a statement. */
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Now, in microseconds: what PostgreSQL keeps of a timestamp. */
    static Instant now() {
        return CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
    }

    <T> T work(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }

    void workWithoutResult(Work work) {
        entityManager.unwrap(Session.class).doWork(work);
    }

    /** The rows of a query of (name, JSON value), by name. */
    Map<String, JsonNode> readValues(String sql, Binder binder) {
        return work(connection -> {
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

    String write(JsonNode value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON", e);
        }
    }

    JsonNode parse(String text) {
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

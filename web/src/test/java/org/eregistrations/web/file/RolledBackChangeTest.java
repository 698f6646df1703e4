package org.eregistrations.web.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.change;
import static org.eregistrations.web.testing.FileApi.create;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A change whose transaction does not commit after the file's live session derived it leaves no trace in the session:
 * the next change that takes the same version is derived from what it stores.
 */
@QuarkusTest
class RolledBackChangeTest {
    @Inject
    DataSource dataSource;

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aChangeThatDidNotCommitIsNotWhatTheNextChangeOfThatVersionShows() throws SQLException {
        String file = create("ana", "company-registration");
        change("ana", file, 0, """
                {"guide.legalForm": "sole", "guide.capital": 1000}""")
                .statusCode(200);
        JsonPath small = change(
                        "ana",
                        file,
                        2,
                        """
                        {"guide.capital": 1000, "guide.isImporter": false}""")
                .statusCode(200)
                .extract()
                .jsonPath();
        String fee = small.getString("derivation.amounts.registrationFee");
        long version = small.getLong("version");
        // every event of this file is refused when its transaction commits: after the append and the derivation
        String id = UUID.fromString(file).toString();
        execute("create or replace function test_refused_at_commit() returns trigger language plpgsql"
                + " as $$ begin raise exception 'refused at commit'; end $$");
        execute("create constraint trigger test_refused_at_commit after insert on file_event deferrable initially"
                + " deferred for each row when (new.file_id = '" + id + "') execute function test_refused_at_commit()");
        try {
            int status = change("ana", file, version, """
                            {"guide.capital": 900000}""")
                    .extract()
                    .statusCode();
            assertThat(status).isGreaterThanOrEqualTo(400);
        } finally {
            execute("drop trigger test_refused_at_commit on file_event");
        }

        // the same version again, with another value: what is stored now is what is derived
        JsonPath stored = change("ana", file, version, """
                        {"guide.hasEmployees": true}""")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stored.getLong("version")).isEqualTo(version + 1);
        assertThat(stored.getInt("values.'guide.capital'")).isEqualTo(1000);
        assertThat(stored.getString("derivation.amounts.registrationFee")).isEqualTo(fee);
    }
}

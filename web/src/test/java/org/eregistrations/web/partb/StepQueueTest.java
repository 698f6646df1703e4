package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.officer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/**
 * The queues' projection ({@code step_queue}, V14) agrees with what the files say, whatever moved them, and a queue's
 * count stops at its bound.
 */
@QuarkusTest
class StepQueueTest {
    /** Every row step_queue should have, recomputed from the step states, the files and their snapshots. */
    private static final String EXPECTED =
            """
            select f.id, substring(p.path from '^steps\\.([^.]+)\\.status$'), f.service_id, f.owner_id, f.number,
                   p.value #>> '{}', f.status, p.changed_at, s.taken_at,
                   coalesce(array(select jsonb_array_elements_text(s.derivation #> '{sets,certificates.applicable}')),
                            '{}'),
                   (select a.value #>> '{}' from file_property a where a.file_id = f.id
                    and a.path = 'steps.' || substring(p.path from '^steps\\.([^.]+)\\.status$') || '.assignee')
            from file_property p join file f on f.id = p.file_id left join file_snapshot s on s.file_id = f.id
            where p.path ~ '^steps\\.[^.]+\\.status$'""";

    private static final String KEPT =
            """
            select file_id, step, service_id, owner_id, number, status, file_status, waiting_since, sent_at,
                   certificates, assignee
            from step_queue""";

    @Inject
    Accounts accounts;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WorkQueues queues;

    @Test
    void theQueuesRowsAreWhatTheFilesSayAfterEveryKindOfChange() throws Exception {
        officer(accounts, "sq-desk", "registry", "frontDesk");
        String sentBack = FileApi.sentTraderLicence("ana");
        FileApi.decide("licensing", sentBack, "steps/review/sendBack", "Blurred")
                .statusCode(200);
        String resent = FileApi.sentTraderLicence("ana");
        FileApi.decide("licensing", resent, "steps/review/sendBack", "Blurred").statusCode(200);
        FileApi.decide("ana", resent, "resubmit", null).statusCode(200);
        String approved = FileApi.sentTraderLicence("ana");
        FileApi.approve("licensing", approved, "review").statusCode(200);
        String withdrawn = FileApi.sentTraderLicence("ana");
        FileApi.decide("ana", withdrawn, "withdraw", null).statusCode(200);
        String taken = FileApi.sentCompanyRegistration("ana");
        Browser desk = new Browser().login("sq-desk", "sq-desk");
        String review = desk.get("/work/files/" + taken).asString();
        desk.post("/work/files/" + taken + "/steps/revision/take", Map.of("version", Browser.formVersion(review)));

        List<List<Object>> kept = rows(KEPT);
        assertThat(kept).containsExactlyInAnyOrderElementsOf(rows(EXPECTED));
        assertThat(kept)
                .anySatisfy(row -> assertThat(row)
                        .startsWith(UUID.fromString(taken), "revision")
                        .endsWith("sq-desk"))
                .anySatisfy(row -> assertThat(row)
                        .startsWith(UUID.fromString(withdrawn), "review")
                        .contains("WITHDRAWN"));
    }

    @Test
    void aCountStopsAtItsBoundAndSaysThereIsMore() {
        String token = "SQ" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            FileApi.sentTraderLicence("ana");
        }
        // every trader licence of the tests is Marta Ruiz's
        QueueQuery all = QueueQuery.of("all", "Marta", null, null);
        List<String> titles = List.of("dataForms.traderName");
        assertThat(queues.count(
                        "trader-licence", "review", all, queues.find("trader-licence", all, titles), "licensing", 2))
                .isEqualTo(new WorkQueues.Count(2, true));
        QueueQuery none = QueueQuery.of("all", token, null, null);
        assertThat(queues.count(
                        "trader-licence", "review", none, queues.find("trader-licence", none, titles), "licensing", 2))
                .isEqualTo(new WorkQueues.Count(0, false));
    }

    private List<List<Object>> rows(String query) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= 11; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}

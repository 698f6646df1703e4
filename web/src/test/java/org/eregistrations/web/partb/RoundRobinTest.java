package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.officer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New work at a round-robin step (the market stall permit's inspection) goes to the officers who hold its role at its
 * institution in turn, from where the last file left off, and each is told by mail.
 */
@QuarkusTest
class RoundRobinTest {
    private static final String STEP = "inspection";

    @Inject
    Accounts accounts;

    @Inject
    Sql sql;

    @BeforeEach
    void inspectors() {
        officer(accounts, "rr-inspector-a", "markets", "marketInspector");
        officer(accounts, "rr-inspector-b", "markets", "marketInspector");
        officer(accounts, "rr-elsewhere", "health", "marketInspector"); // the role, at another institution
    }

    @Test
    void newFilesGoToTheInspectorsInTurn() {
        List<String> inspectors = sql.list(
                "select username from app_user where roles @> array['officer', 'marketInspector']::text[]"
                        + " and (institution is null or institution = 'markets') order by username",
                row -> row.getString(1));
        assertThat(inspectors).contains("rr-inspector-a", "rr-inspector-b").doesNotContain("rr-elsewhere");

        List<String> given = new ArrayList<>();
        for (int i = 0; i < inspectors.size() + 1; i++) {
            given.add(assignee(FileApi.sentMarketStallPermit("luis")));
        }
        int first = inspectors.indexOf(given.get(0));
        assertThat(first).as("given to an inspector").isNotNegative();
        for (int i = 0; i < given.size(); i++) {
            assertThat(given.get(i)).isEqualTo(inspectors.get((first + i) % inspectors.size()));
        }
    }

    @Test
    void theInspectorIsToldAndOnlyTheyDecide() {
        String file = FileApi.sentMarketStallPermit("luis");
        String holder = assignee(file);
        long mails = sql.one(
                        "select count(*) from mail_outbox where file_id = ?::uuid and kind = 'assigned'"
                                + " and recipient_account = ? and payload->>'link' like ?",
                        row -> row.getLong(1),
                        file,
                        holder,
                        "%/work/files/" + file)
                .orElseThrow();
        assertThat(mails).isEqualTo(1);
        String other = holder.equals("rr-inspector-a") ? "rr-inspector-b" : "rr-inspector-a";
        FileApi.decide(other, file, "steps/" + STEP + "/approve", null).statusCode(409);
        assertThat(as(holder).get("/api/files/" + file + "/history").asString()).contains("\"cause\":\"assignment\"");
    }

    private static String assignee(String file) {
        return as("markets").get("/api/files/" + file).then().extract().path("values.'steps.inspection.assignee'");
    }
}

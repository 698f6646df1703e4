package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.officer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A dispatcher gives a file at an assignable step (the company registration's revision) to an officer of its role. */
@QuarkusTest
class DispatcherTest {
    private static final String DISPATCHER = "dp-dispatcher";
    private static final String OTHER = "dp-front-desk";

    @Inject
    Accounts accounts;

    @Inject
    Sql sql;

    @BeforeEach
    void officers() {
        officer(accounts, DISPATCHER, "registry", "frontDesk", "dispatcher");
        officer(accounts, OTHER, "registry", "frontDesk");
        officer(accounts, "dp-tax", "finance", "taxOfficer", "frontDesk");
    }

    @Test
    void theDispatcherGivesTheStepToAnOfficerOfItsRoleWhoIsTold() {
        String file = FileApi.sentCompanyRegistration("ana");
        Browser dispatcher = new Browser().login(DISPATCHER, DISPATCHER);
        String review = dispatcher.get("/work/files/" + file).asString();
        assertThat(review)
                .contains("action=\"/work/files/" + file + "/steps/revision/assign\"")
                .contains("<option value=\"" + OTHER + "\"")
                .doesNotContain("<option value=\"dp-tax\""); // the role, at another institution
        long before = FileApi.version(DISPATCHER, file);

        assertThat(dispatcher
                        .post(
                                "/work/files/" + file + "/steps/revision/assign",
                                Map.of("officer", "dp-tax", "version", Browser.formVersion(review)))
                        .statusCode())
                .isEqualTo(400);
        assertThat(dispatcher
                        .post(
                                "/work/files/" + file + "/steps/revision/assign",
                                Map.of("officer", OTHER, "version", String.valueOf(before - 1)))
                        .statusCode())
                .isEqualTo(409);
        Browser other = new Browser().login(OTHER, OTHER);
        other.get("/work/files/" + file);
        assertThat(other.post(
                                "/work/files/" + file + "/steps/revision/assign",
                                Map.of("officer", OTHER, "version", Browser.formVersion(review)))
                        .statusCode())
                .as("no dispatcher")
                .isEqualTo(404);
        assertThat(FileApi.version(DISPATCHER, file)).isEqualTo(before);

        assertThat(dispatcher
                        .post(
                                "/work/files/" + file + "/steps/revision/assign",
                                Map.of("officer", OTHER, "version", Browser.formVersion(review)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(as(DISPATCHER).get("/api/files/" + file).jsonPath().getString("values.'steps.revision.assignee'"))
                .isEqualTo(OTHER);
        long mails = sql.one(
                        "select count(*) from mail_outbox where file_id = ?::uuid and kind = 'assigned'"
                                + " and recipient_account = ?",
                        row -> row.getLong(1),
                        file,
                        OTHER)
                .orElseThrow();
        assertThat(mails).isEqualTo(1);
        // only the officer it was given to decides it now
        FileApi.decide(DISPATCHER, file, "steps/revision/approve", null).statusCode(409);
    }
}

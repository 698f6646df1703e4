package org.eregistrations.web.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.decide;
import static org.eregistrations.web.testing.FileApi.officer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An officer of the issuing step revokes a certificate with a reason: the verification page says it is revoked, the
 * file's history records who and why; anyone else, no reason, a second revocation or a forged form change nothing.
 */
@QuarkusTest
class RevokedCertificatesTest {
    private static final String LICENSING = "rv-licensing";
    private static final String REVIEWER = "rv-reviewer";
    private static final String REASON = "Issued to the wrong trader";

    @Inject
    Accounts accounts;

    @Inject
    Sql sql;

    @BeforeEach
    void officers() {
        officer(accounts, LICENSING, "trade", "licensingOfficer", "licensingManager");
        officer(accounts, REVIEWER, "trade", "licensingOfficer"); // works the review step, not the issuing approval
    }

    @Test
    void anOfficerOfTheIssuingStepRevokesWithAReasonAndTheVerificationPageSaysSo() {
        String file = approvedTraderLicence();
        String verify = "/verify/" + code(file);
        String revoke = "/work/files/" + file + "/certificates/traderLicence/revoke";
        Browser officer = new Browser().login(LICENSING, LICENSING);
        assertThat(officer.get("/work/files/" + file).asString()).contains("action=\"" + revoke + "\"");

        assertThat(officer.post(revoke, Map.of("reason", "  ")).statusCode()).isEqualTo(400);
        assertThat(officer.post(revoke, Map.of("reason", "x".repeat(501))).statusCode())
                .isEqualTo(400);
        assertThat(new Browser()
                        .login(REVIEWER, REVIEWER)
                        .post(revoke, Map.of("reason", REASON))
                        .statusCode())
                .isEqualTo(403);
        assertThat(new Browser()
                        .login("ana", "ana")
                        .post(revoke, Map.of("reason", REASON))
                        .statusCode())
                .isEqualTo(403);
        assertThat(officer.postRaw(revoke, Map.of("reason", REASON)).statusCode())
                .isEqualTo(403);
        assertThat(RestAssured.given().get(verify).asString()).contains("Valid").doesNotContain("Revoked");

        assertThat(officer.post(revoke, Map.of("reason", REASON)).statusCode()).isEqualTo(303);
        assertThat(RestAssured.given().get(verify).asString()).contains("Revoked");
        assertThat(RestAssured.given().get(verify + "?lang=es").asString()).contains("Revocado");
        assertThat(officer.get("/work/files/" + file).asString())
                .contains("class=\"revoked\"")
                .doesNotContain("action=\"" + revoke + "\"");
        assertThat(new Browser().login("ana", "ana").get("/files/" + file).asString())
                .contains("class=\"revoked\"");
        List<Map<String, Object>> history = FileApi.as(LICENSING)
                .get("/api/files/" + file + "/history?path=certificates.traderLicence")
                .jsonPath()
                .getList("");
        assertThat(history).last().satisfies(event -> {
            assertThat(event).containsEntry("cause", "revocation").containsEntry("user", LICENSING);
            assertThat(event.get("value").toString()).contains(REASON, "REVOKED");
        });

        assertThat(officer.post(revoke, Map.of("reason", REASON)).statusCode()).isEqualTo(400);
        assertThat(FileApi.as(LICENSING)
                        .get("/api/files/" + file + "/history?path=certificates.traderLicence")
                        .jsonPath()
                        .getList(""))
                .hasSameSizeAs(history);
    }

    private static String approvedTraderLicence() {
        String file = FileApi.sentTraderLicence("ana");
        decide(LICENSING, file, "steps/review/approve", null).statusCode(200);
        decide(LICENSING, file, "steps/approval/approve", null).statusCode(200);
        return file;
    }

    private String code(String file) {
        return sql.one(
                        "select code from certificate where file_id = ? and certificate_id = 'traderLicence'",
                        row -> row.getString(1),
                        UUID.fromString(file))
                .orElseThrow();
    }
}

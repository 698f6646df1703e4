package org.eregistrations.web.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.decide;
import static org.eregistrations.web.testing.FileApi.officer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.AccountsConfig;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Approving a step issues its certificates: numbered, with a PDF whose QR code opens the public verification page. */
@QuarkusTest
class IssuedCertificatesTest {
    private static final String LICENSING = "cert-licensing";
    private static final Pattern NUMBER = Pattern.compile("TL-" + Year.now() + "-(\\d{6})");

    @Inject
    Accounts accounts;

    @Inject
    AccountsConfig config;

    @Inject
    Sql sql;

    @BeforeEach
    void officers() {
        officer(accounts, LICENSING, "trade", "licensingOfficer", "licensingManager");
    }

    /** A trader licence sent by ana and approved at both steps: the approval step issues its licence. */
    private static String approvedTraderLicence() {
        String file = FileApi.sentTraderLicence("ana");
        decide(LICENSING, file, "steps/review/approve", null).statusCode(200);
        decide(LICENSING, file, "steps/approval/approve", null).statusCode(200);
        return file;
    }

    private static byte[] licence(Browser investor, String file) {
        return investor.get("/files/" + file + "/certificates/traderLicence")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
    }

    private static long sequence(String number) {
        Matcher matcher = NUMBER.matcher(number);
        assertThat(matcher.find())
                .as("number %s follows TL-{yyyy}-{seq:6}", number)
                .isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String number(byte[] pdf) {
        Matcher matcher = NUMBER.matcher(CertificatePdfReader.text(pdf));
        assertThat(matcher.find()).as("the certificate prints its number").isTrue();
        return matcher.group();
    }

    @Test
    void theApprovedFileGetsANumberedLicenceWhoseQrCodeOpensItsVerificationPage() {
        String file = approvedTraderLicence();
        Browser ana = new Browser().login("ana", "ana");
        String overview = ana.get("/files/" + file).asString();
        byte[] pdf = licence(ana, file);
        String number = number(pdf);

        assertThat(overview).contains("id=\"cert-traderLicence\"").contains(number);
        assertThat(CertificatePdfReader.text(pdf)).contains("Marta Ruiz").contains("Trader licence");
        String link = CertificatePdfReader.qrLink(pdf);
        String base = config.baseUrl().replaceAll("/$", "");
        assertThat(link).matches(Pattern.quote(base) + "/verify/[a-z2-7]{26}");

        String verify = link.substring(base.length());
        String page =
                RestAssured.given().get(verify).then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("Trader licence", "Marta Ruiz", number, "Valid")
                .doesNotContain("marta@example.com", "Hardware", "Calle 5 12", file);
        assertThat(RestAssured.given().get(verify + "?lang=es").asString())
                .contains("Licencia de comerciante", "Válido");
    }

    @Test
    void numbersFollowThePatternAndIncreaseFromFileToFile() {
        Browser ana = new Browser().login("ana", "ana");
        long first = sequence(number(licence(ana, approvedTraderLicence())));
        long second = sequence(number(licence(ana, approvedTraderLicence())));

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void tenApprovalsAtOnceGetTenDistinctNumbers() throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String file = FileApi.sentTraderLicence("ana");
            decide(LICENSING, file, "steps/review/approve", null).statusCode(200);
            files.add(file);
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> approvals = new ArrayList<>();
            for (String file : files) {
                approvals.add(pool.submit(() -> decide(LICENSING, file, "steps/approval/approve", null)
                        .extract()
                        .statusCode()));
            }
            for (Future<Integer> approval : approvals) {
                assertThat(approval.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        Browser ana = new Browser().login("ana", "ana");
        List<String> numbers =
                files.stream().map(file -> number(licence(ana, file))).toList();

        assertThat(numbers).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void aNumberAlreadyIssuedRefusesTheApprovalAndNothingIsStored() {
        String file = FileApi.sentTraderLicence("ana");
        decide(LICENSING, file, "steps/review/approve", null).statusCode(200);
        long last = sql.one(
                        "select coalesce(max(last_value), 0) from certificate_sequence where service_id = ?"
                                + " and certificate_id = ? and year = ?",
                        row -> row.getLong(1),
                        "trader-licence",
                        "traderLicence",
                        Year.now().getValue())
                .orElseThrow();
        String taken = "TL-%d-%06d".formatted(Year.now().getValue(), last + 1);
        String other = FileApi.create("ana", "trader-licence"); // the number was given to another file
        sql.update(
                "insert into certificate (code, file_id, service_id, certificate_id, number, holder, issued_at,"
                        + " issued_by, step_id, pdf_sha256) values (?, ?::uuid, ?, ?, ?, ?, now(), ?, ?, ?)",
                "collisioncollisioncollision",
                other,
                "trader-licence",
                "traderLicence",
                taken,
                "someone",
                "someone",
                "approval",
                "0".repeat(64));
        try {
            decide(LICENSING, file, "steps/approval/approve", null)
                    .statusCode(409)
                    .body("error", org.hamcrest.Matchers.containsString(taken + " of traderLicence is already issued"));
            assertThat(as(LICENSING).get("/api/files/" + file).jsonPath().getString("status"))
                    .isEqualTo("SUBMITTED");
        } finally {
            sql.update("delete from certificate where code = ?", "collisioncollisioncollision");
        }
        decide(LICENSING, file, "steps/approval/approve", null).statusCode(200);
        assertThat(RestAssured.given()
                        .get("/verify/collisioncollisioncollision")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUnknownOrMalformedCodeIsAPageNotFound() {
        for (String code :
                List.of("aaaaaaaaaaaaaaaaaaaaaaaaaa", "AAAA", "%3Cscript%3E", "1%27%20or%20%271%27%3D%271")) {
            Response response = RestAssured.given().urlEncodingEnabled(false).get("/verify/" + code);
            assertThat(response.statusCode()).as(code).isEqualTo(404);
            assertThat(response.asString()).contains("Page not found").doesNotContain("Exception");
        }
    }

    @Test
    void theHistoryOfTheFileRecordsTheIssue() {
        String file = approvedTraderLicence();
        List<String> paths = as("configurator")
                .get("/api/files/" + file + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("path");

        assertThat(paths).containsOnlyOnce("certificates.traderLicence");
    }
}

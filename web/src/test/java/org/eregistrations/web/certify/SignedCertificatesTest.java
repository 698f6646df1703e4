package org.eregistrations.web.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/**
 * An issued certificate on the officers' review page: its PDF, replaced by a signed one only by an officer of the step
 * that issued it; and the investor gets it once the whole file is approved.
 */
@QuarkusTest
class SignedCertificatesTest {
    private static final String REGISTRATION = "companyRegistration";

    /** A company registration whose registry step (which issues the certificate of registration) is approved. */
    private static String registered() {
        String file = FileApi.sentCompanyRegistration("ana");
        FileApi.approve("clerk", file, "revision").statusCode(200);
        FileApi.approve("clerk", file, "registry").statusCode(200);
        return file;
    }

    private static String path(String file) {
        return "/work/files/" + file + "/certificates/" + REGISTRATION;
    }

    private static byte[] officersPdf(Browser officer, String file) {
        return officer.get(path(file)).then().statusCode(200).extract().asByteArray();
    }

    private static long issuedEvents(String file) {
        List<String> paths = as("configurator")
                .get("/api/files/" + file + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("path");
        return paths.stream().filter(("certificates." + REGISTRATION)::equals).count();
    }

    @Test
    void theReviewPageShowsTheIssuedCertificateAndItsOfficerReplacesItsPdfBySignedOne() {
        String file = registered();
        Browser registrar = new Browser().login("registrar", "registrar");
        String review = registrar.get("/work/files/" + file).asString();
        assertThat(review)
                .contains("id=\"cert-pdf-" + REGISTRATION + "\"")
                .contains("RC-" + Year.now() + "-")
                .contains("action=\"" + path(file) + "\"");
        assertThat(new String(officersPdf(registrar, file), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        Response uploaded = registrar.uploadBytes(path(file), "signed.pdf", FileApi.PDF);

        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(officersPdf(registrar, file)).isEqualTo(FileApi.PDF);
        assertThat(issuedEvents(file)).isEqualTo(2); // the issued PDF stays in the history
    }

    @Test
    void aFileThatIsNoPdfIsRefusedWithAMessageAndNothingIsStored() {
        String file = registered();
        Browser registrar = new Browser().login("registrar", "registrar");
        registrar.get("/work/files/" + file);
        byte[] issued = officersPdf(registrar, file);
        registrar.get("/work/files/" + file);

        Response refused = registrar.uploadBytes(
                path(file), "signed.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"cert-problem-" + REGISTRATION + "\"", "The file is not a PDF");
        assertThat(officersPdf(registrar, file)).isEqualTo(issued);
        assertThat(issuedEvents(file)).isEqualTo(1);
    }

    @Test
    void anOfficerOfAnotherInstitutionCannotReplaceTheCertificate() {
        String file = registered();
        Browser tax = new Browser().login("tax", "tax"); // works the file's tax step, at finance
        assertThat(tax.get("/work/files/" + file).asString()).doesNotContain("action=\"" + path(file) + "\"");

        Response refused = tax.uploadBytes(path(file), "signed.pdf", FileApi.PDF);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("Not your certificate");
        assertThat(issuedEvents(file)).isEqualTo(1);
    }

    @Test
    void theInvestorDownloadsOnlyOnceTheFileIsApprovedAndNoOtherInvestorCan() {
        String file = registered();
        Browser ana = new Browser().login("ana", "ana");
        ana.get("/files/" + file + "/certificates/" + REGISTRATION).then().statusCode(404);

        for (String step : List.of("tax", "issuance")) {
            FileApi.approve("clerk", file, step).statusCode(200);
        }

        byte[] pdf = ana.get("/files/" + file + "/certificates/" + REGISTRATION)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(CertificatePdfReader.text(pdf)).contains("Café Pérez").contains("RC-" + Year.now() + "-");
        assertThat(ana.get("/files/" + file).asString()).contains("id=\"cert-nit\"");
        new Browser()
                .login("luis", "luis")
                .get("/files/" + file + "/certificates/" + REGISTRATION)
                .then()
                .statusCode(404);
    }
}

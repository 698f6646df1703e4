package org.eregistrations.web.parta;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FilePagesTest {
    @Inject
    DataSource dataSource;

    private static final Pattern FILE_INPUT = Pattern.compile("type=\"file\" id=\"file-([^\"]+)\"");

    static File pdf() throws IOException {
        File file = File.createTempFile("document", ".pdf");
        Files.writeString(
                file.toPath(), "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.ISO_8859_1);
        return file;
    }

    /** The guide of a company file answered for a sole proprietor with 1000 of capital. */
    private static Map<String, String> soleProprietor() {
        return Map.of(
                "guide.legalForm", "sole",
                "guide.capital", "1000",
                "guide.isImporter", "false",
                "guide.hasEmployees", "false");
    }

    /** The submission forms filled in and the affidavit signed, with the button pressed (save or send). */
    private static Map<String, String> submission(String action) {
        return Map.of(
                "submissionForms.pickupOffice", "santaAna",
                "submissionForms.phone", "2222 3333",
                "submissionForms.isAffidavitSigned", "true",
                "action", action);
    }

    @Test
    void theGuideRecomputesCostsAndRequirementsAsAnswersChange() {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide")
                .then()
                .statusCode(200)
                .body(containsString("What legal form will the business have?"))
                .body(containsString("hx-post=\"/files/" + id + "/guide\""));

        // without JavaScript: a plain post, then the page again
        Response posted = ana.post("/files/" + id + "/guide", soleProprietor());
        assertThat(posted.statusCode()).isEqualTo(303);
        ana.get("/files/" + id + "/guide")
                .then()
                .body(containsString("id=\"total\">$25.00<"))
                .body(containsString("Utility bill for the business address"))
                .body(not(containsString("Deed of incorporation"))) // a sole proprietor is not asked for one
                .body(not(containsString("Electricity bill for the warehouse")));

        // with htmx: only the results come back, already recomputed
        String fragment = ana.postPartial(
                        "/files/" + id + "/guide",
                        Map.of(
                                "guide.legalForm", "sole",
                                "guide.capital", "50000",
                                "guide.isImporter", "true",
                                "guide.hasEmployees", "false",
                                "registrations.importerRegistry.checked", "true"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"results\"");
        assertThat(fragment).contains("Electricity bill for the warehouse"); // the importers' registry asks it
        assertThat(fragment).contains("id=\"total\">$115.00<"); // 0.2 % of 50000 + importer's card 15
        ana.get("/files/" + id + "/guide?lang=es")
                .then()
                .body(containsString("Costos"))
                .body(containsString("115,00\u00a0US$"));
    }

    @Test
    void tabsAreNumberedFromOneAndUpdateIsOfferedOnlyWithoutJavaScript() {
        Browser luis = new Browser().login("luis", "luis");
        String guide = luis.get("/files/" + luis.startFile("trader-licence") + "/guide")
                .asString();

        assertThat(Browser.all(Pattern.compile("<span class=\"n\">(\\d+)</span>"), guide))
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(guide).containsPattern("<noscript><button [^>]*id=\"update\"");
    }

    @Test
    void aServiceWithASingleRegistrationHasNoRegistrationsBox() {
        Browser luis = new Browser().login("luis", "luis");
        String trader = luis.startFile("trader-licence");
        assertThat(luis.get("/files/" + trader + "/guide").asString()).doesNotContain("id=\"registrations\"");
        String company = luis.startFile("company-registration");
        assertThat(luis.get("/files/" + company + "/guide").asString())
                .contains("id=\"registrations\"")
                .contains(
                        "id=\"reg-companyRegistration\" name=\"registrations.companyRegistration.checked\" value=\"true\" checked disabled");
    }

    @Test
    void validationMessagesAreInThePageLanguage() {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide?lang=es");
        ana.post("/files/" + id + "/guide", Map.of("guide.capital", "mucho"))
                .then()
                .statusCode(400)
                .body(containsString("Escriba un monto"))
                .body(containsString("Sobre su negocio"));
    }

    @Test
    void aBadValueIsShownNextToItsFieldAndNothingOfItIsStored() {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide");
        ana.post("/files/" + id + "/guide", Map.of("guide.legalForm", "sole", "guide.capital", "a lot"))
                .then()
                .statusCode(400)
                .body(containsString("Enter an amount"))
                .body(containsString("value=\"a lot\""))
                .body(containsString("aria-invalid=\"true\""));
        given().auth()
                .preemptive()
                .basic("ana", "ana")
                .get("/api/files/" + id)
                .then()
                .body("values.'guide.legalForm'", org.hamcrest.Matchers.equalTo("sole"))
                .body("values.'guide.capital'", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aValueBeyondTheLimitsIsShownNextToItsFieldAndATooLargeFormIsRefused() {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/data");
        ana.post(
                        "/files/" + id + "/data",
                        Map.of("dataForms.activity", "x".repeat(2001), "dataForms.city", "Santa Ana"))
                .then()
                .statusCode(400)
                .body(containsString("Must have at most 2000 characters."))
                .body(containsString("aria-invalid=\"true\""));
        ana.get("/files/" + id + "/data");
        ana.post("/files/" + id + "/data", Map.of("dataForms.activity", "x".repeat(1024 * 1024 + 1)))
                .then()
                .statusCode(413)
                .body(containsString("Too much at once"));
        // the value that fits is kept, as on every page; the refused ones are not stored
        given().auth()
                .preemptive()
                .basic("ana", "ana")
                .get("/api/files/" + id)
                .then()
                .body("values.'dataForms.city'", org.hamcrest.Matchers.equalTo("Santa Ana"))
                .body("values.'dataForms.activity'", org.hamcrest.Matchers.nullValue())
                .body("version", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void someoneElsesFileDoesNotExistForThem() {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        Browser luis = new Browser().login("luis", "luis");
        for (String tab : List.of("", "/guide", "/data", "/documents", "/payments", "/send")) {
            luis.get("/files/" + id + tab).then().statusCode(404).body(containsString("Page not found"));
        }
        luis.get("/files");
        luis.post("/files/" + id + "/guide", soleProprietor()).then().statusCode(404);
        assertThat(luis.get("/files").asString()).doesNotContain(id);
        assertThat(ana.get("/files").asString()).contains(id);
        // and a visitor who is not logged in is asked to log in
        given().redirects()
                .follow(false)
                .get("/files/" + id + "/guide")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login?next="));
    }

    @Test
    void everyPageOfSomeoneElsesFileAnswersLikeAFileThatDoesNotExist() throws IOException {
        String approved = FileApi.approvedCompanyRegistration("ana");
        String draft = FileApi.completeCompanyRegistration("ana");
        List<String> pages = List.of(
                "",
                "/guide",
                "/data",
                "/documents",
                "/payments",
                "/send",
                "/documents/identity",
                "/payments/registrationFee",
                "/certificates/companyRegistration");
        new Browser()
                .login("ana", "ana")
                .get("/files/" + approved + "/certificates/companyRegistration")
                .then()
                .statusCode(200);
        // another investor, and an officer (Part A pages are the investor's; officers work files in Part B)
        for (String user : List.of("luis", "clerk")) {
            Browser visitor = new Browser().login(user, user);
            for (String file : List.of(approved, draft)) {
                String none = UUID.randomUUID().toString();
                for (String page : pages) {
                    sameAnswer(visitor.get("/files/" + file + page), file, visitor.get("/files/" + none + page), none);
                }
                for (String form : List.of("/guide", "/data", "/send")) {
                    visitor.get("/files");
                    Response existing = visitor.post("/files/" + file + form, soleProprietor());
                    visitor.get("/files");
                    sameAnswer(existing, file, visitor.post("/files/" + none + form, soleProprietor()), none);
                }
                visitor.get("/files");
                Response existing = visitor.upload("/files/" + file + "/documents/identity", pdf(), "application/pdf");
                visitor.get("/files");
                sameAnswer(
                        existing,
                        file,
                        visitor.upload("/files/" + none + "/documents/identity", pdf(), "application/pdf"),
                        none);
            }
        }
    }

    private static void sameAnswer(Response existing, String file, Response missing, String none) {
        assertThat(existing.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(existing.asString().replace(file, "<id>"))
                .isEqualTo(missing.asString().replace(none, "<id>"));
        assertThat(existing.asString()).contains("Page not found");
    }

    @Test
    void aSaveThatStillConflictsSaysTheFileChangedElsewhereAndKeepsTheEntries() throws SQLException {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // every write of this file now finds it changed by someone else, however often it is tried
            statement.execute("create or replace function test_changed_elsewhere() returns trigger"
                    + " language plpgsql as $$ begin return null; end $$");
            statement.execute("create trigger test_changed_elsewhere before update on file for each row when (old.id"
                    + " = '" + UUID.fromString(id) + "') execute function test_changed_elsewhere()");
        }
        try {
            Map<String, String> withVat = new HashMap<>(soleProprietor());
            withVat.put("registrations.iva.checked", "true");
            ana.post("/files/" + id + "/guide", withVat)
                    .then()
                    .statusCode(409)
                    .body(containsString("This file was changed elsewhere"))
                    .body(containsString("value=\"1000\""))
                    .body(containsString("name=\"registrations.iva.checked\" value=\"true\" checked"))
                    .body(not(containsString("currentVersion")));
            ana.postPartial("/files/" + id + "/guide", soleProprietor())
                    .then()
                    .statusCode(200)
                    .header("HX-Retarget", "#main")
                    .body(containsString("This file was changed elsewhere"));
            ana.get("/files/" + id + "/data?lang=es");
            ana.post("/files/" + id + "/data", Map.of("dataForms.companyName", "Pérez Trading"))
                    .then()
                    .statusCode(409)
                    .body(containsString("Este expediente se modificó en otro lugar"))
                    .body(containsString("value=\"Pérez Trading\""));
            ana.get("/files/" + id + "/send?lang=en");
            ana.post("/files/" + id + "/send", submission("save"))
                    .then()
                    .statusCode(409)
                    .body(containsString("This file was changed elsewhere"))
                    .body(containsString("value=\"2222 3333\""));
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop trigger test_changed_elsewhere on file");
            }
        }
        given().auth()
                .preemptive()
                .basic("ana", "ana")
                .get("/api/files/" + id)
                .then()
                .body("version", org.hamcrest.Matchers.equalTo(0));
        ana.get("/files/" + id + "/guide");
        ana.post("/files/" + id + "/guide", soleProprietor()).then().statusCode(303);
    }

    @Test
    void aFormWithoutTheTokenChangesNothing() {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.postRaw("/files/" + id + "/guide", soleProprietor()).then().statusCode(403);
        given().auth()
                .preemptive()
                .basic("ana", "ana")
                .get("/api/files/" + id)
                .then()
                .body("values.'guide.legalForm'", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void dataFormsShowConditionalFieldsListsAndComputedValues() {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide");
        ana.post("/files/" + id + "/guide", Map.of("guide.legalForm", "sa", "guide.capital", "1000"));
        String data = ana.get("/files/" + id + "/data").asString();
        assertThat(data).contains("Shareholders").contains("type=\"date\"").doesNotContain("District of San Salvador");

        ana.post(
                        "/files/" + id + "/data",
                        Map.of(
                                "dataForms.firstName", "Ana",
                                "dataForms.lastName", "Pérez",
                                "dataForms.city", "San Salvador",
                                "dataForms.shareholders[0].name", "Ana Pérez",
                                "dataForms.shareholders[0].share", "60",
                                "action", "add:shareholders"))
                .then()
                .statusCode(303)
                .header("Location", containsString("add=shareholders"));
        data = ana.get("/files/" + id + "/data?add=shareholders").asString();
        assertThat(data)
                .contains("District of San Salvador")
                .contains("Ana Pérez (from San Salvador)")
                .contains("Full name of the representative") // the computed value's label from service.yaml
                .contains("name=\"dataForms.shareholders[1].name\"");
        ana.post(
                        "/files/" + id + "/data",
                        Map.of(
                                "dataForms.shareholders[1].name", "Luis Gómez",
                                "dataForms.shareholders[1].share", "140"))
                .then()
                .statusCode(400)
                .body(containsString("Must be at most 100"));
        ana.post(
                "/files/" + id + "/data",
                Map.of(
                        "dataForms.shareholders[1].name", "Luis Gómez",
                        "dataForms.shareholders[1].share", "40"));
        ana.post("/files/" + id + "/data", Map.of("action", "remove:shareholders:0"))
                .then()
                .statusCode(303);
        data = ana.get("/files/" + id + "/data").asString();
        assertThat(data)
                .contains("value=\"Luis Gómez\"")
                .doesNotContain("value=\"Ana Pérez\"")
                .doesNotContain("shareholders[1]");
    }

    @Test
    void uploadsAreCheckedByContentAndSize() throws IOException {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide");
        ana.post("/files/" + id + "/guide", soleProprietor());
        final String page = ana.get("/files/" + id + "/documents").asString();
        assertThat(Browser.all(FILE_INPUT, page)).contains("utilityBill");
        String action = "/files/" + id + "/documents/utilityBill";

        File fake = File.createTempFile("deed", ".pdf");
        Files.writeString(fake.toPath(), "this is only text");
        ana.upload(action, fake, "application/pdf")
                .then()
                .statusCode(400)
                .body(containsString("is not a PDF, JPEG or PNG"));

        File empty = File.createTempFile("deed", ".pdf");
        ana.get("/files/" + id + "/documents");
        ana.upload(action, empty, "application/pdf")
                .then()
                .statusCode(400)
                .body(containsString("This file is empty"))
                .body(not(containsString("too large")));

        File big = File.createTempFile("deed", ".pdf");
        try (RandomAccessFile file = new RandomAccessFile(big, "rw")) {
            file.write("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
            file.setLength(10L * 1024 * 1024 + 1);
        }
        ana.get("/files/" + id + "/documents");
        ana.upload(action, big, "application/pdf").then().statusCode(400).body(containsString("too large"));

        ana.get("/files/" + id + "/documents");
        Path named = Files.createTempDirectory("upload").resolve("Utility bill.pdf");
        Files.copy(pdf().toPath(), named);
        ana.upload(action, named.toFile(), "application/pdf").then().statusCode(303);
        assertThat(ana.get("/files/" + id + "/documents").asString())
                .contains("Uploaded:")
                .contains("Replace with another file");
        ana.get("/files/" + id + "/documents/utilityBill")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("inline"))
                // the name as uploaded, in UTF-8 (RFC 5987) with an ASCII fallback
                .header("Content-Disposition", containsString("filename*=UTF-8''Utility%20bill.pdf"))
                .header("Content-Disposition", containsString("filename=\"Utility bill.pdf\""));
        new Browser()
                .login("luis", "luis")
                .get("/files/" + id + "/documents/utilityBill")
                .then()
                .statusCode(404);
    }

    @Test
    void fromGuideToSendThenSentBackCorrectedResentAndApproved() throws IOException {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide");
        Map<String, String> guide = new java.util.HashMap<>(soleProprietor());
        guide.put("requirements.identity.document", "passport");
        ana.post("/files/" + id + "/guide", guide);

        String send = ana.get("/files/" + id + "/send").asString();
        assertThat(send)
                .contains("Still missing before you can send")
                .contains("id=\"send\" disabled")
                .contains("/files/" + id + "/data#f-companyName");

        ana.get("/files/" + id + "/data");
        ana.post(
                        "/files/" + id + "/data",
                        Map.of(
                                "dataForms.companyName", "Pérez Trading",
                                "dataForms.activity", "Retail",
                                "dataForms.address", "Calle 1, Santa Ana",
                                "dataForms.startDate", "2027-01-15",
                                "dataForms.firstName", "Ana",
                                "dataForms.lastName", "Pérez",
                                "dataForms.email", "ana@example.com",
                                "dataForms.city", "Santa Ana"))
                .then()
                .statusCode(303);
        for (String tab : List.of("documents", "payments")) {
            String page = ana.get("/files/" + id + "/" + tab).asString();
            for (String upload : Browser.all(FILE_INPUT, page)) {
                ana.get("/files/" + id + "/" + tab);
                ana.upload("/files/" + id + "/" + tab + "/" + upload, pdf(), "application/pdf")
                        .then()
                        .statusCode(303);
            }
        }
        ana.get("/files/" + id + "/send");
        ana.post("/files/" + id + "/send", submission("save")).then().statusCode(303);
        send = ana.get("/files/" + id + "/send").asString();
        assertThat(send).doesNotContain("Still missing").doesNotContain("id=\"send\" disabled");
        ana.post("/files/" + id + "/send", submission("send")).then().statusCode(303);
        ana.get("/files/" + id).then().body(containsString("Your file was sent"));
        ana.get("/files/" + id + "/data").then().body(containsString("you can read it but not change it"));
        ana.post("/files/" + id + "/data", Map.of("dataForms.companyName", "Changed"))
                .then()
                .statusCode(409);

        // the front desk finds every item invalid and sends the file back with a reason (Part B, through the API here)
        FileApi.markAll(
                        "clerk",
                        id,
                        "revision",
                        Map.of("status", "invalid", "reasonType", "other", "reason", "To be corrected."))
                .statusCode(200);
        long version = given().auth()
                .preemptive()
                .basic("clerk", "clerk")
                .get("/api/files/" + id)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        given().auth()
                .preemptive()
                .basic("clerk", "clerk")
                .contentType("application/json")
                .body(Map.of("expectedVersion", version, "reason", "The deed is not signed."))
                .post("/api/files/" + id + "/steps/revision/sendBack")
                .then()
                .statusCode(200);
        ana.get("/files/" + id)
                .then()
                .body(containsString("sent back for corrections"))
                .body(containsString("The deed is not signed."));
        ana.get("/files").then().body(containsString("Correct the file and send it again"));
        ana.get("/files/" + id + "/data");
        ana.post("/files/" + id + "/data", Map.of("dataForms.companyName", "Pérez Trading S.A. de C.V."))
                .then()
                .statusCode(303);
        ana.get("/files/" + id + "/send");
        ana.post("/files/" + id + "/send", submission("send")).then().statusCode(303);
        ana.get("/files/" + id).then().body(containsString("Your file was sent"));

        // before approval there is no certificate to download
        ana.get("/files/" + id + "/certificates/companyRegistration").then().statusCode(404);
        // every step approved (Part B, through the API here): the certificates are offered as PDFs
        for (int round = 0; round < 10; round++) {
            var file = given().auth()
                    .preemptive()
                    .basic("clerk", "clerk")
                    .get("/api/files/" + id)
                    .then()
                    .extract()
                    .jsonPath();
            List<String> pending = file.getList("pendingSteps");
            if (pending.isEmpty()) {
                break;
            }
            for (String step : pending) {
                FileApi.approve("clerk", id, step).statusCode(200);
            }
        }
        assertThat(ana.get("/files/" + id).asString())
                .as("the public status log, in order")
                .containsSubsequence(
                        "History of your file",
                        "Received",
                        "Sent back for corrections",
                        "Sent again with the corrections",
                        "Front desk revision: approved",
                        "Approved: certificates issued");
        ana.get("/files/" + id)
                .then()
                .body(containsString("Your file was approved"))
                .body(containsString("id=\"cert-companyRegistration\""));
        byte[] certificate = ana.get("/files/" + id + "/certificates/companyRegistration")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertThat(new String(certificate, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(certificate)) {
            // the holder is the value service.yaml's certificateHolder names
            assertThat(new PDFTextStripper().getText(pdf)).contains("Pérez Trading S.A. de C.V.");
        }
        ana.get("/files/" + id + "/certificates/importerCard").then().statusCode(404); // not one of this file's
        new Browser()
                .login("luis", "luis")
                .get("/files/" + id + "/certificates/companyRegistration")
                .then()
                .statusCode(404);

        // every event written from the pages carries the user and the login session
        List<Map<String, Object>> events = given().auth()
                .preemptive()
                .basic("configurator", "configurator")
                .get("/api/files/" + id + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(events)
                .filteredOn(e -> "ana".equals(e.get("user")))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("session")).asString().matches("[0-9a-f-]{36}"));
    }
}

package org.eregistrations.web.parta;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** The receipt of a sent file, as a page and as a PDF, for its investor only. */
@QuarkusTest
class ReceiptTest {
    @Test
    void aSentFileHasAReceiptWithItsNumberWhatWasAskedAndWhatWasPaid() throws Exception {
        String file = FileApi.sentCompanyRegistration("ana");
        Browser ana = new Browser().login("ana", "ana");
        assertThat(ana.get("/files/" + file).asString()).contains("href=\"/files/" + file + "/receipt\"");

        String receipt = ana.get("/files/" + file + "/receipt").asString();
        assertThat(receipt)
                .contains("Receipt of file")
                .contains("Register a company")
                .contains("Received on")
                .contains("Identity document of the legal representative")
                .contains("Amount paid");
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("class=\"file-number\">(\\d{4}-\\d{6})<")
                .matcher(receipt);
        assertThat(number.find()).as("the file's number on the receipt").isTrue();
        Response pdf = ana.get("/files/" + file + "/receipt.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Register a company")
                    .contains("Amount paid")
                    .contains(number.group(1));
        }

        // a draft has none, and another investor's file is no page of theirs
        String draft = FileApi.create("ana", "company-registration");
        assertThat(ana.get("/files/" + draft + "/receipt").statusCode()).isEqualTo(404);
        Browser luis = new Browser().login("luis", "luis");
        assertThat(luis.get("/files/" + file + "/receipt").statusCode()).isEqualTo(404);
        assertThat(luis.get("/files/" + file + "/receipt.pdf").statusCode()).isEqualTo(404);
    }
}

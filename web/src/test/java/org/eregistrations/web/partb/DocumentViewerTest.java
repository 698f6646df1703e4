package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** The file's documents shown one by one inside the officer's page, with the previous and the next. */
@QuarkusTest
class DocumentViewerTest {
    @Test
    void theOfficerPagesThroughTheDocumentsInsideThePage() {
        String file = FileApi.sentTraderLicence("ana");
        Browser officer = new Browser().login("licensing", "licensing");
        assertThat(officer.get("/work/files/" + file).asString()).contains("href=\"/work/files/" + file + "/view/1\"");

        String first = officer.get("/work/files/" + file + "/view/1").asString();
        assertThat(first)
                .contains("Document 1 of 3")
                .contains("<iframe src=\"/work/files/" + file + "/documents/")
                .contains("?inline=true")
                .contains("href=\"/work/files/" + file + "/view/2\"")
                .doesNotContain("rel=\"prev\"");
        String last = officer.get("/work/files/" + file + "/view/3").asString();
        assertThat(last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(officer.get("/work/files/" + file + "/view/0").statusCode()).isEqualTo(404);
        assertThat(officer.get("/work/files/" + file + "/view/4").statusCode()).isEqualTo(404);

        String document = "/work/files/" + file + "/documents/requirementUploads/identity";
        Response inline = officer.get(document + "?inline=true");
        assertThat(inline.statusCode()).isEqualTo(200);
        assertThat(inline.header("Content-Disposition")).startsWith("inline");
        assertThat(inline.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(inline.header("Content-Security-Policy")).contains("frame-ancestors 'self'");
        Response attachment = officer.get(document);
        assertThat(attachment.header("Content-Disposition")).startsWith("attachment");
        assertThat(attachment.header("X-Frame-Options")).isEqualTo("DENY");
        // the site's pages themselves are never framed
        assertThat(officer.get("/work/files/" + file + "/view/1").header("X-Frame-Options"))
                .isEqualTo("DENY");

        Browser markets = new Browser().login("markets", "markets");
        assertThat(markets.get("/work/files/" + file + "/view/1").statusCode()).isEqualTo(404);
        assertThat(markets.get(document + "?inline=true").statusCode()).isEqualTo(404);
    }
}

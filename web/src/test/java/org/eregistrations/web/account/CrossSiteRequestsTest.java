package org.eregistrations.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrossSiteRequestsTest {
    private static final String OWN = "http://localhost:8080";

    private static long filesOf(String user) {
        return FileRecord.count("ownerId", user);
    }

    @Test
    void aBrowserSayingTheRequestComesFromAnotherSiteIsRefused() {
        assertThat(CrossSiteRequests.refused("cross-site", null, OWN)).isTrue();
        assertThat(CrossSiteRequests.refused("same-site", OWN, OWN)).isTrue();
        assertThat(CrossSiteRequests.refused("same-origin", OWN, OWN)).isFalse();
        assertThat(CrossSiteRequests.refused("none", null, OWN)).isFalse();
        // a browser that does not send Sec-Fetch-Site still sends Origin on a POST
        assertThat(CrossSiteRequests.refused(null, "https://evil.example", OWN)).isTrue();
        assertThat(CrossSiteRequests.refused(null, "null", OWN)).isTrue();
        assertThat(CrossSiteRequests.refused(null, "HTTP://LOCALHOST:8080", OWN))
                .isFalse();
        // clients that are not browsers send neither
        assertThat(CrossSiteRequests.refused(null, null, OWN)).isFalse();
        assertThat(CrossSiteRequests.origin("https://registry.example.gov/")).isEqualTo("https://registry.example.gov");
        assertThat(CrossSiteRequests.origin("http://localhost:8080")).isEqualTo(OWN);
    }

    @Test
    void aTextPlainPostWithCachedCredentialsCreatesNothing() {
        long before = filesOf("luis");
        // what a form or a no-cors fetch of another site can send: text/plain, with the browser's cached credentials
        FileApi.as("luis")
                .contentType("text/plain")
                .body("""
                        {"serviceId": "trader-licence"}""")
                .post("/api/files")
                .then()
                .statusCode(415);
        FileApi.as("luis")
                .contentType(ContentType.URLENC)
                .formParam("serviceId", "trader-licence")
                .post("/api/files")
                .then()
                .statusCode(415);
        FileApi.as("luis")
                .header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.JSON)
                .body(Map.of("serviceId", "trader-licence"))
                .post("/api/files")
                .then()
                .statusCode(403);
        assertThat(filesOf("luis")).isEqualTo(before);
    }

    @Test
    void crossSiteChangesAndUploadsOfAFileAreRefused() {
        String file = FileApi.create("luis", "trader-licence");
        long version = FileApi.version("luis", file);
        FileApi.as("luis")
                .contentType("text/plain")
                .body("""
                        {"expectedVersion": 0, "values": {"guide.sellsFood": true}}""")
                .patch("/api/files/" + file + "/values")
                .then()
                .statusCode(415);
        FileApi.as("luis")
                .header("Origin", "https://evil.example")
                .multiPart("expectedVersion", String.valueOf(version))
                .multiPart("file", "identity.pdf", FileApi.PDF, "application/pdf")
                .post("/api/files/" + file + "/documents/requirementUploads/identity")
                .then()
                .statusCode(403);
        FileApi.as("luis")
                .header("Sec-Fetch-Site", "cross-site")
                .multiPart("expectedVersion", String.valueOf(version))
                .multiPart("file", "identity.pdf", FileApi.PDF, "application/pdf")
                .post("/api/files/" + file + "/documents/requirementUploads/identity")
                .then()
                .statusCode(403);
        FileApi.as("configurator")
                .header("Origin", "https://evil.example")
                .post("/api/rulesets/trader-licence/retire")
                .then()
                .statusCode(403);
        assertThat(FileApi.version("luis", file)).isEqualTo(version);

        // the same upload from the application's own page is heard
        FileApi.as("luis")
                .header("Sec-Fetch-Site", "same-origin")
                .multiPart("expectedVersion", String.valueOf(version))
                .multiPart("file", "identity.pdf", FileApi.PDF, "application/pdf")
                .post("/api/files/" + file + "/documents/requirementUploads/identity")
                .then()
                .statusCode(200);
        assertThat(FileApi.version("luis", file)).isGreaterThan(version);
    }
}

package org.eregistrations.web.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.testing.FileApi;
import org.eregistrations.web.testing.RawHttp;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {
    @TestHTTPResource("/")
    URL root;

    private static void assertSecurityHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy"))
                .as("CSP of %s", response.statusLine())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private static void assertSecurityHeaders(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void pagesUnknownPathsStaticFilesAndSwaggerUiCarryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/login", "/css/site.css", "/no/such/page"}) {
            Response response = given().redirects().follow(false).get(path);
            assertSecurityHeaders(response);
        }
        assertThat(given().get("/no/such/page").statusCode()).isEqualTo(404);
        Response swagger = given().get("/q/swagger-ui/");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertSecurityHeaders(swagger);
        // Swagger UI starts itself with an inline script: allowed there, and only there
        assertThat(swagger.header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'");
        assertThat(given().get("/login").header("Content-Security-Policy")).doesNotContain("unsafe-inline");
    }

    @Test
    void apiAnswersDocumentsAndFilePagesAreNotCached() {
        Response services = given().get("/api/services");
        assertSecurityHeaders(services);
        assertThat(services.header("Cache-Control")).isEqualTo("no-store");
        Response unknown = FileApi.as("ana").get("/api/files/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.header("Cache-Control")).isEqualTo("no-store");
        assertSecurityHeaders(unknown);

        String file = FileApi.create("ana", "trader-licence");
        FileApi.upload("ana", file, "requirementUploads", "identity", FileApi.PDF)
                .statusCode(200);
        Response document = FileApi.as("ana").get("/api/files/" + file + "/documents/requirementUploads/identity");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.header("Cache-Control")).contains("no-store");
        assertThat(document.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(document.header("Content-Security-Policy")).isNotBlank();

        Response login = given().get("/login");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.asString());
        assertThat(token.find()).isTrue();
        String session = given().cookie("csrf", login.getCookie("csrf"))
                .formParam("email", "ana")
                .formParam("password", "ana")
                .formParam("_csrf", token.group(1))
                .redirects()
                .follow(false)
                .post("/login")
                .getCookie("session");
        Response filePage = given().cookie("session", session).get("/files/" + file + "/guide");
        assertThat(filePage.statusCode()).isEqualTo(200);
        assertThat(filePage.header("Cache-Control")).isEqualTo("no-store");
        assertSecurityHeaders(filePage);
    }

    @Test
    void aBodyOverTheLimitGetsAPageSayingTheFileIsTooLarge() throws Exception {
        String upload = "/files/" + UUID.randomUUID() + "/documents/identity";
        RawHttp.Answer page = RawHttp.exchange(
                root.getPort(),
                "POST " + upload + " HTTP/1.1",
                "Host: localhost",
                "Content-Type: multipart/form-data; boundary=x",
                "Content-Length: 50000000");
        assertThat(page.status()).isEqualTo(413);
        assertSecurityHeaders(page);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body())
                .contains("This file is too large: at most 10 MB.")
                .contains("href=\"" + upload.substring(0, upload.lastIndexOf('/')) + "\"");

        RawHttp.Answer spanish = RawHttp.exchange(
                root.getPort(),
                "POST " + upload + " HTTP/1.1",
                "Host: localhost",
                "Cookie: lang=es",
                "Content-Type: multipart/form-data; boundary=x",
                "Content-Length: 50000000");
        assertThat(spanish.body()).contains("Este archivo es demasiado grande");

        RawHttp.Answer api = RawHttp.exchange(
                root.getPort(),
                "POST /api/files/" + UUID.randomUUID() + "/documents/requirementUploads/identity HTTP/1.1",
                "Host: localhost",
                "Content-Type: multipart/form-data; boundary=x",
                "Content-Length: 50000000");
        assertThat(api.status()).isEqualTo(413);
        assertSecurityHeaders(api);
        assertThat(api.body()).contains("\"error\"");
    }
}

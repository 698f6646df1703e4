package org.eregistrations.web.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.testing.RawHttp;
import org.junit.jupiter.api.Test;

/** Redirects and new resources' locations are paths of this site, whatever Host the request names. */
@QuarkusTest
class ForgedHostTest {
    private static final String FORGED = "Host: evil.example";

    @TestHTTPResource("/")
    URL root;

    @Test
    void theLoginRedirectIsAPathWhateverTheHost() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(root.getPort(), "GET /files HTTP/1.1", FORGED);
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/login?next=%2Ffiles");
    }

    @Test
    void afterLoginTheRedirectIsAPathWhateverTheHost() throws Exception {
        Response page = given().get("/login");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(token.find()).isTrue();
        String form = "email=ana&password=ana&next=%2Ffiles&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.exchangeWithBody(
                root.getPort(),
                form,
                "POST /login HTTP/1.1",
                FORGED,
                "Cookie: csrf=" + page.getCookie("csrf"),
                "Content-Type: application/x-www-form-urlencoded");
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/files");
    }

    @Test
    void aNewFileIsLocatedByAPathWhateverTheHost() throws Exception {
        RawHttp.Answer answer = RawHttp.exchangeWithBody(
                root.getPort(),
                """
                {"serviceId": "trader-licence"}""",
                "POST /api/files HTTP/1.1",
                FORGED,
                "Authorization: Basic "
                        + Base64.getEncoder().encodeToString("ana:ana".getBytes(StandardCharsets.UTF_8)),
                "Content-Type: application/json");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).matches("/api/files/[0-9a-f-]{36}");
    }
}

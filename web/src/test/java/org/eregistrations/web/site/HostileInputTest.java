package org.eregistrations.web.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.account.Mails;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** Values that once gave a 500: each is refused with 400 (or the page's message) naming its field; nothing is stored. */
@QuarkusTest
class HostileInputTest {
    @Inject
    Mails mails;

    private static Map<String, Object> changes(long version, String path, Object value) {
        return Map.of("expectedVersion", version, "values", Map.of(path, value));
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("errors[0].path")).isEqualTo(field);
    }

    @Test
    void theApiRefusesControlCharactersAndOutOfRangeNumbersNamingThePath() {
        String file = FileApi.create("ana", "company-registration");
        for (Object value : new Object[] {"\u0000", "Café\u0000", "a\u001bb"}) {
            assertRefused(
                    FileApi.as("ana")
                            .contentType(ContentType.JSON)
                            .body(changes(0, "dataForms.companyName", value))
                            .patch("/api/files/" + file + "/values"),
                    "dataForms.companyName");
        }
        assertRefused(
                FileApi.as("ana")
                        .contentType(ContentType.JSON)
                        .body(changes(0, "guide.capital", "1e40"))
                        .patch("/api/files/" + file + "/values"),
                "guide.capital");
        FileApi.as("ana")
                .contentType(ContentType.JSON)
                .body("""
                        {"expectedVersion": 0, "values": {"guide.capital": 1e999999999}}""")
                .patch("/api/files/" + file + "/values")
                .then()
                .statusCode(400);
        assertThat(FileApi.version("ana", file)).isZero();
    }

    @Test
    void theApiRefusesMomentsOutsideTheDatabasesRangeAndPathsWithControlCharacters() {
        String file = FileApi.create("ana", "trader-licence");
        for (String at : new String[] {"+100000-01-01T00:00:00Z", "-290000-01-01T00:00:00Z", "yesterday"}) {
            assertRefused(FileApi.as("ana").queryParam("at", at).get("/api/files/" + file), "at");
        }
        assertRefused(
                FileApi.as("configurator")
                        .contentType(ContentType.JSON)
                        .body(Map.of("expectedVersion", 0, "at", "+100000-01-01T00:00:00Z"))
                        .post("/api/files/" + file + "/restore"),
                "at");
        assertRefused(
                FileApi.as("ana").queryParam("path", "guide.\u0000").get("/api/files/" + file + "/history"), "path");
    }

    @Test
    void aReasonWithControlCharactersIsRefusedAndTheStepIsNotDecided() {
        String file = FileApi.completeTraderLicence("ana");
        FileApi.post("ana", file, "send", null).statusCode(200);
        long version = FileApi.version("clerk", file);
        assertRefused(
                FileApi.as("clerk")
                        .contentType(ContentType.JSON)
                        .body(Map.of("expectedVersion", version, "reason", "missing\u0000stamp"))
                        .post("/api/files/" + file + "/steps/review/sendBack"),
                "reason");
        assertThat(FileApi.version("clerk", file)).isEqualTo(version);
    }

    @Test
    void registrationRefusesNamesWithControlCharactersAndAddressesAMailerWouldRefuse() {
        Browser browser = new Browser();
        browser.get("/register");
        String email = "ctrl-" + UUID.randomUUID() + "@example.com";
        browser.post(
                        "/register",
                        Map.of(
                                "email",
                                email,
                                "name",
                                "Ana\u0000",
                                "password",
                                "long enough pw",
                                "repeat",
                                "long enough pw"))
                .then()
                .statusCode(400)
                .body(containsString("Enter your name"));
        for (String address : new String[] {"a@b.example\r\nBcc: x@y.example", "\"a b\"@example.com", "ä@ü.example"}) {
            browser.post(
                            "/register",
                            Map.of(
                                    "email",
                                    address,
                                    "name",
                                    "Ana",
                                    "password",
                                    "long enough pw",
                                    "repeat",
                                    "long enough pw"))
                    .then()
                    .statusCode(400)
                    .body(containsString("Enter an email address"));
            browser.post("/forgot", Map.of("email", address)).then().statusCode(200);
        }
        assertThat(mails.recent())
                .noneMatch(mail -> mail.to().equals(email)
                        || mail.to().contains("\n")
                        || mail.to().contains("ä"));
    }

    @Test
    void aLoginNameWithControlCharactersIsWrongNotAnError() {
        Browser browser = new Browser();
        browser.get("/login");
        browser.post("/login", Map.of("email", "ana\u0000", "password", "ana"))
                .then()
                .statusCode(401)
                .body(containsString("email or password is not right"));
        given().auth()
                .preemptive()
                .basic("ana\u0001", "ana")
                .get("/api/services")
                .then()
                .statusCode(401);
    }

    @Test
    void aReturnAddressThatIsNoPathOfThisSiteLeadsToMyFiles() {
        for (String next : new String[] {"/files\r\nSet-Cookie: planted=1", "/" + "x".repeat(3_000), "/files/é"}) {
            Browser browser = new Browser();
            browser.get("/login?next=" + Links.encode(next));
            Response login = browser.post("/login", Map.of("email", "ana", "password", "ana", "next", next));
            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(login.header("Location")).isEqualTo("/files");
            assertThat(login.getCookies()).doesNotContainKey("planted");
        }
    }

    @Test
    void pageFormsShowTheProblemNextToTheFieldAndStoreNothing() {
        Browser ana = new Browser().login("ana", "ana");
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide");
        ana.post("/files/" + id + "/guide", Map.of("guide.capital", "1e40"))
                .then()
                .statusCode(400)
                .body(containsString("Use at most 15 digits before the decimal point"));
        ana.get("/files/" + id + "/data");
        ana.post("/files/" + id + "/data", Map.of("dataForms.companyName", "Café\u0000"))
                .then()
                .statusCode(400)
                .body(containsString("Remove the invisible control characters"));
        // an action naming no list of the service adds nothing; the page is shown again
        ana.get("/files/" + id + "/data");
        Response add = ana.post("/files/" + id + "/data", Map.of("action", "add:<script>"));
        assertThat(add.statusCode()).isEqualTo(303);
        assertThat(add.header("Location")).isEqualTo("/files/" + id + "/data");
        FileApi.as("ana")
                .get("/api/files/" + id)
                .then()
                .body("values", not(hasKey("guide.capital")))
                .body("values", not(hasKey("dataForms.companyName")));
    }
}

package org.eregistrations.web.parta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** My files: starting a file (also before logging in), what each file shows, and discarding a draft. */
@QuarkusTest
class MyFilesPageTest {
    private static final String SERVICE = "market-stall-permit";

    @Test
    void aServiceChosenBeforeLoggingInIsStartedAfterTheLogin() {
        Browser visitor = new Browser();
        visitor.get("/");
        Response chosen = visitor.post("/files", Map.of("serviceId", SERVICE));
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.header("Location")).endsWith("/login?next=%2Ffiles");

        visitor.get("/login?next=%2Ffiles");
        Response login = visitor.post("/login", Map.of("email", "luis", "password", "luis", "next", "/files"));
        assertThat(login.header("Location")).endsWith("/files");
        Response files = visitor.get("/files");

        assertThat(files.statusCode()).isEqualTo(303);
        assertThat(files.header("Location")).matches(".*/files/[0-9a-f-]{36}/guide");
        assertThat(visitor.get(files.header("Location")).asString()).contains("Market stall");
        // started once: My files shows the list from now on
        assertThat(visitor.get("/files").statusCode()).isEqualTo(200);
        assertThat(visitor.cookie("start")).isNull();
    }

    @Test
    void aServiceThatDoesNotExistIsNotRememberedNorStarted() {
        Browser visitor = new Browser();
        visitor.get("/");
        assertThat(visitor.post("/files", Map.of("serviceId", "no-such-service"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(visitor.cookie("start")).isNull();
    }

    @Test
    void withoutTheFormsTokenNothingIsRemembered() {
        Browser visitor = new Browser();
        visitor.get("/");
        assertThat(visitor.postRaw("/files", Map.of("serviceId", SERVICE)).statusCode())
                .isEqualTo(403);
        assertThat(visitor.cookie("start")).isNull();
    }

    @Test
    void eachFileShowsItsNumberItsTitleFromTheCatalogueAndWhenItWasStartedInTheInstancesZone() {
        Browser luis = new Browser().login("luis", "luis");
        String untitled = luis.startFile("trader-licence");
        String titled = luis.startFile("trader-licence");
        FileApi.change("luis", titled, 0, """
                {"dataForms.traderName": "Marta <b>Ruiz</b>"}""")
                .statusCode(200);

        String page = luis.get("/files").asString();
        String row = row(page, titled);
        assertThat(row).containsPattern("<td class=\"file-number\">\\d{4}-\\d{6}</td>");
        assertThat(row).contains("Marta &lt;b&gt;Ruiz&lt;/b&gt;").doesNotContain("<b>Ruiz");
        assertThat(row).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} CST");
        assertThat(row(page, untitled)).doesNotContain("file-title");
        assertThat(number(row(page, titled))).isNotEqualTo(number(row(page, untitled)));

        // the trade name, declared first, wins over the trader's name once it has a value
        FileApi.change(
                        "luis",
                        titled,
                        FileApi.version("luis", titled),
                        """
                {"dataForms.tradeName": "Ferretería Ruiz"}""")
                .statusCode(200);
        assertThat(row(luis.get("/files").asString(), titled)).contains("Ferretería Ruiz");
    }

    @Test
    void aDraftIsDiscardedAfterConfirmationAndIsGoneForItsInvestor() {
        Browser luis = new Browser().login("luis", "luis");
        String file = luis.startFile(SERVICE);
        FileApi.change("luis", file, 0, """
                {"dataForms.holderName": "Rosa Díaz"}""")
                .statusCode(200);
        String beforeDiscarding = FileApi.as("luis")
                .get("/api/files/" + file + "/history")
                .then()
                .extract()
                .path("[-1].at");
        assertThat(row(luis.get("/files").asString(), file)).contains("/files/" + file + "/discard");

        Response ask = luis.get("/files/" + file + "/discard");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.asString()).contains("id=\"discard\"").contains("Market stall permit");
        assertThat(luis.postRaw("/files/" + file + "/discard", Map.of()).statusCode())
                .isEqualTo(403);
        Browser ana = new Browser().login("ana", "ana");
        ana.get("/files");
        assertThat(ana.post("/files/" + file + "/discard", Map.of()).statusCode())
                .as("someone else's file does not exist for them")
                .isEqualTo(404);
        assertThat(ana.get("/files/" + file + "/discard").statusCode()).isEqualTo(404);

        Response discarded = luis.post("/files/" + file + "/discard", Map.of());
        assertThat(discarded.statusCode()).isEqualTo(303);
        assertThat(discarded.header("Location")).endsWith("/files");
        assertThat(luis.get("/files").asString()).doesNotContain(file);
        assertThat(luis.get("/files/" + file + "/guide").statusCode()).isEqualTo(404);
        FileApi.as("luis").get("/api/files/" + file).then().statusCode(404);
        // its events stay: a configurator still reads it, discarded
        FileApi.as("configurator")
                .get("/api/files/" + file)
                .then()
                .statusCode(200)
                .body("status", equalTo("DISCARDED"));

        // and restoring it to a moment before brings it back to its investor, as it was
        FileApi.as("configurator")
                .contentType("application/json")
                .body(Map.of("expectedVersion", FileApi.version("configurator", file), "at", beforeDiscarding))
                .post("/api/files/" + file + "/restore")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        assertThat(row(luis.get("/files").asString(), file)).contains("Rosa Díaz");
    }

    @Test
    void aSentFileIsNotDiscardedButWithdrawn() {
        String file = FileApi.sentTraderLicence("luis");
        Browser luis = new Browser().login("luis", "luis");

        assertThat(row(luis.get("/files").asString(), file)).doesNotContain("/discard");
        assertThat(luis.get("/files/" + file + "/discard").statusCode()).isEqualTo(409);
        FileApi.decide("luis", file, "discard", null).statusCode(409);
        FileApi.as("luis").get("/api/files/" + file).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aSentFileIsWithdrawnFromItsOverviewAfterConfirmation() {
        String file = FileApi.sentTraderLicence("luis");
        Browser luis = new Browser().login("luis", "luis");
        assertThat(luis.get("/files/" + file).asString()).contains("/files/" + file + "/withdraw");

        Response ask = luis.get("/files/" + file + "/withdraw");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.asString()).contains("id=\"withdraw\"").containsPattern("Withdraw file \\d{4}-\\d{6}\\?");
        assertThat(luis.postRaw("/files/" + file + "/withdraw", Map.of()).statusCode())
                .isEqualTo(403);
        Browser ana = new Browser().login("ana", "ana");
        ana.get("/files");
        assertThat(ana.post("/files/" + file + "/withdraw", Map.of()).statusCode())
                .isEqualTo(404);

        Response withdrawn = luis.post("/files/" + file + "/withdraw", Map.of());
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(withdrawn.header("Location")).endsWith("/files/" + file);
        FileApi.as("luis").get("/api/files/" + file).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(luis.get("/files/" + file).asString()).doesNotContain("/withdraw");
        assertThat(luis.get("/files/" + file + "/withdraw").statusCode()).isEqualTo(409);
        assertThat(luis.post("/files/" + file + "/withdraw", Map.of()).statusCode())
                .isEqualTo(409);
    }

    /** The table row of a file in My files. */
    private static String row(String page, String file) {
        Matcher row = Pattern.compile("<tr id=\"file-" + file + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("row of " + file).isTrue();
        return row.group(1);
    }

    private static String number(String row) {
        Matcher number = Pattern.compile("file-number\">([^<]+)<").matcher(row);
        assertThat(number.find()).isTrue();
        return number.group(1);
    }
}

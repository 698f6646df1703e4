package org.eregistrations.web.parta;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.eregistrations.web.testing.RawHttp;
import org.eregistrations.web.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/** A value the investor typed or a file chosen is never dropped without a word. */
@QuarkusTest
class KeptEntriesTest {
    private static final Pattern KEPT_FIELD = Pattern.compile("name=\"kept\\.([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern RESUMED_FIELD =
            Pattern.compile("<input type=\"hidden\" name=\"([^_\"][^\"]*)\" value=\"([^\"]*)\"");

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    /** Ends every login session of a user, as an idle timeout or a logout in another tab would. */
    private void endSessions(String user) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement end = connection.prepareStatement("update login_session set ended_at = now()"
                        + " where user_id = (select id from app_user where username = ?)")) {
            end.setString(1, user);
            end.executeUpdate();
        }
    }

    @Test
    void entriesPostedAfterTheSessionEndedAreKeptOverTheLoginAndSavedAfterIt() throws SQLException {
        String user = TestAccounts.investor(accounts, "a long password");
        Browser investor = new Browser().login(user, "a long password");
        String id = companyFile(investor, "sole");
        investor.get("/files/" + id + "/data");
        endSessions(user);

        Response ended = investor.post(
                "/files/" + id + "/data", Map.of("dataForms.companyName", "Café <Pérez> & Hijos", "go", "documents"));
        assertThat(ended.statusCode()).isEqualTo(401);
        assertThat(ended.asString()).contains("Your session ended").contains("action=\"/login/resume\"");
        Map<String, String> login = new LinkedHashMap<>();
        Matcher kept = KEPT_FIELD.matcher(ended.asString());
        while (kept.find()) {
            login.put("kept." + kept.group(1), unescape(kept.group(2)));
        }
        assertThat(login).containsEntry("kept.dataForms.companyName", "Café <Pérez> & Hijos");
        login.putAll(Map.of("email", user, "password", "a long password", "next", "/files/" + id + "/data"));

        Response resumed = investor.post("/login/resume", login);
        assertThat(resumed.statusCode()).isEqualTo(200);
        assertThat(resumed.asString()).contains("action=\"/files/" + id + "/data\"");
        Map<String, String> again = new LinkedHashMap<>();
        Matcher field = RESUMED_FIELD.matcher(resumed.asString());
        while (field.find()) {
            again.put(field.group(1), unescape(field.group(2)));
        }
        Response saved = investor.post("/files/" + id + "/data", again);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/files/" + id + "/documents");
        assertThat(investor.get("/files/" + id + "/data").asString())
                .contains("value=\"Café &lt;Pérez&gt; &amp; Hijos\"");
    }

    @Test
    void anUpdateAskedByThePagesScriptAfterTheSessionEndedTurnsTheWholePageIntoTheLogin() throws SQLException {
        String user = TestAccounts.investor(accounts, "a long password");
        Browser investor = new Browser().login(user, "a long password");
        String id = companyFile(investor, "sole");
        investor.get("/files/" + id + "/data");
        endSessions(user);

        Response ended = investor.postPartial("/files/" + id + "/data", Map.of("dataForms.companyName", "Café Ruiz"));
        assertThat(ended.statusCode()).isEqualTo(401);
        assertThat(ended.header("HX-Retarget")).isEqualTo("body");
        assertThat(ended.header("HX-Reswap")).isEqualTo("innerHTML");
        assertThat(ended.asString()).contains("action=\"/login/resume\"").contains("Café Ruiz");
        // and the layout tells htmx to swap a 401 (by default it swaps no 4xx)
        assertThat(new Browser().get("/login").asString())
                .as("htmx-config")
                .contains("{\"code\":\"401\",\"swap\":true");
    }

    @Test
    void aFormPostedFromAnotherSiteWithoutTheSessionCookieIsStillRefusedAsForged() {
        Browser stranger = new Browser();
        stranger.get("/login");
        Response forged = stranger.postRaw(
                "/files/" + UUID.randomUUID() + "/data", Map.of("dataForms.companyName", "x", "_csrf", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static final String PDF = new String(FileApi.PDF, StandardCharsets.US_ASCII);

    private static String companyFile(Browser ana, String legalForm) {
        String id = ana.startFile("company-registration");
        ana.get("/files/" + id + "/guide");
        ana.post(
                "/files/" + id + "/guide",
                Map.of(
                        "guide.legalForm",
                        legalForm,
                        "guide.capital",
                        "1000",
                        "guide.isImporter",
                        "false",
                        "guide.hasEmployees",
                        "false"));
        return id;
    }

    @Test
    void addingAListEntryWithoutJavaScriptKeepsWhatWasTypedInTheOtherFields() {
        Browser ana = new Browser().login("ana", "ana");
        String id = companyFile(ana, "sa");
        ana.get("/files/" + id + "/data");
        Response added = ana.post(
                "/files/" + id + "/data",
                Map.of(
                        "dataForms.companyName", "Café Pérez",
                        "dataForms.shareholders[0].name", "Ana Pérez",
                        "action", "add:shareholders"));
        assertThat(added.statusCode()).isEqualTo(303);
        String data = ana.get(added.header("Location").replaceAll("#.*", "")).asString(); // a browser keeps #
        assertThat(data)
                .contains("value=\"Café Pérez\"")
                .contains("value=\"Ana Pérez\"")
                .contains("name=\"dataForms.shareholders[1].name\"");
    }

    @Test
    void anEntryWhoseOnlyValueIsRefusedIsShownAgainWithWhatWasTyped() {
        Browser ana = new Browser().login("ana", "ana");
        String id = companyFile(ana, "sa");
        ana.get("/files/" + id + "/data?add=shareholders");
        Map<String, String> typed = Map.of(
                "dataForms.shareholders[0].name", "Ana Pérez",
                "dataForms.shareholders[1].share", "140");

        String partial = ana.postPartial("/files/" + id + "/data", typed).asString(); // with JavaScript
        assertThat(partial).contains("value=\"140\"").contains("Must be at most 100");

        ana.get("/files/" + id + "/data");
        Response plain = ana.post("/files/" + id + "/data", typed); // without
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.asString()).contains("value=\"140\"").contains("Must be at most 100");
    }

    @Test
    void aFileChosenBeforeSaveAndContinueIsUploaded() throws IOException {
        Browser ana = new Browser().login("ana", "ana");
        String id = companyFile(ana, "sole");
        ana.get("/files/" + id + "/documents");
        RawHttp.Answer answer = ana.uploadRaw(
                "/files/" + id + "/documents", "document.identity", "passport.pdf", PDF, "go", "payments");
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/files/" + id + "/payments");
        assertThat(ana.get("/files/" + id + "/documents").asString()).contains("passport.pdf");
    }

    @Test
    void aChosenFileThatCannotBeStoredStopsSaveAndContinueAndSaysWhy() throws IOException {
        Browser ana = new Browser().login("ana", "ana");
        String id = companyFile(ana, "sole");
        ana.get("/files/" + id + "/documents");
        RawHttp.Answer answer =
                ana.uploadRaw("/files/" + id + "/documents", "document.identity", "empty.pdf", "", "go", "payments");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("This file is empty").contains("id=\"u-identity\"");
    }

    @Test
    void aNonLatinFileNameIsStoredAndDownloadsUnderItsName() throws IOException {
        Browser ana = new Browser().login("ana", "ana");
        String id = companyFile(ana, "sole");
        for (String name : new String[] {"выписка.pdf", "申请.pdf"}) {
            ana.get("/files/" + id + "/documents");
            RawHttp.Answer answer =
                    ana.uploadRaw("/files/" + id + "/documents", "document.identity", name, PDF, "upload", "identity");
            assertThat(answer.status()).as(name).isEqualTo(303);
            assertThat(ana.get("/files/" + id + "/documents").asString()).contains(name);
            String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8);
            assertThat(ana.get("/files/" + id + "/documents/identity").header("Content-Disposition"))
                    .contains("filename*=UTF-8''" + encoded);
        }
    }
}

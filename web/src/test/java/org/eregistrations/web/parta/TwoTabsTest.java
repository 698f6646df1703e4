package org.eregistrations.web.parta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.testing.Browser;
import org.junit.jupiter.api.Test;

/**
 * One investor with the same file open in two tabs (two login sessions): each page posts the file version it shows,
 * so a post from a tab that is behind is stored on top of the other tab's change when it changes other answers, and
 * refused with a clear page that keeps what was typed when it changes the same ones.
 */
@QuarkusTest
class TwoTabsTest {
    private static final Pattern VERSION = Pattern.compile("name=\"_version\" value=\"(\\d+)\"");

    /** The guide of a company file as a tab posts it: every question as the tab shows it, with the tab's version. */
    private static Map<String, String> guide(String version, String capital, String importer) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_version", version);
        form.put("guide.legalForm", "sole");
        form.put("guide.capital", capital);
        form.put("guide.isImporter", importer);
        form.put("guide.hasEmployees", "false");
        return form;
    }

    private static String shownVersion(Response page) {
        Matcher version = VERSION.matcher(page.asString());
        assertThat(version.find()).as("the page names its version").isTrue();
        return version.group(1);
    }

    private static JsonPath stored(String file) {
        return as("ana")
                .get("/api/files/" + file)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aTabThatIsBehindAddsItsAnswerToTheOtherTabsChange() {
        Browser first = new Browser().login("ana", "ana");
        Browser second = new Browser().login("ana", "ana");
        String file = first.startFile("company-registration");
        String guide = "/files/" + file + "/guide";
        first.post(guide, guide("0", "1000", "false"));
        String seen = shownVersion(first.get(guide));
        assertThat(shownVersion(second.get(guide))).isEqualTo(seen);

        assertThat(first.post(guide, guide(seen, "5000", "false")).statusCode()).isEqualTo(303);
        // the second tab still shows the old capital; it changes only whether the business imports
        Response merged = second.postPartial(guide, guide(seen, "1000", "true"));

        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(merged.asString()).doesNotContain("id=\"changed-elsewhere\"");
        JsonPath file1 = stored(file);
        assertThat(file1.getInt("values.'guide.capital'")).isEqualTo(5000);
        assertThat(file1.getBoolean("values.'guide.isImporter'")).isTrue();
        assertThat(shownVersion(merged)).isEqualTo(file1.getString("version"));
        // the total the answer shows (in the service's currency) is what the rules derive from both changes
        NumberFormat money = NumberFormat.getNumberInstance(Locale.ENGLISH);
        money.setMinimumFractionDigits(2);
        Matcher total = Pattern.compile("id=\"total\">[^0-9<]*([0-9.,]+)<").matcher(merged.asString());
        assertThat(total.find()).isTrue();
        assertThat(total.group(1)).isEqualTo(money.format(new BigDecimal(file1.getString("derivation.total"))));
    }

    @Test
    void aTabThatIsBehindAndChangesTheSameAnswerIsToldAndKeepsWhatWasTyped() {
        Browser first = new Browser().login("ana", "ana");
        Browser second = new Browser().login("ana", "ana");
        String file = first.startFile("company-registration");
        String guide = "/files/" + file + "/guide";
        first.post(guide, guide("0", "1000", "false"));
        String seen = shownVersion(first.get(guide));
        second.get(guide);

        first.post(guide, guide(seen, "3000", "false"));
        Response refused = second.post(guide, guide(seen, "4000", "false"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("id=\"changed-elsewhere\"").contains("value=\"4000\"");
        assertThat(stored(file).getInt("values.'guide.capital'")).isEqualTo(3000);
        String now = stored(file).getString("version");
        assertThat(shownVersion(refused))
                .as("the page now shows the current version")
                .isEqualTo(now);

        // with JavaScript: the whole main part is swapped in with the notice, the typed value kept
        Response partial = second.postPartial(guide, guide(seen, "4500", "false"));
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.header("HX-Retarget")).isEqualTo("#main");
        assertThat(partial.asString()).contains("id=\"changed-elsewhere\"").contains("value=\"4500\"");
        assertThat(stored(file).getInt("values.'guide.capital'")).isEqualTo(3000);

        // saved again from the page the notice came with, the change is stored
        assertThat(second.post(guide, guide(now, "4000", "false")).statusCode()).isEqualTo(303);
        assertThat(stored(file).getInt("values.'guide.capital'")).isEqualTo(4000);
    }

    @Test
    void theDataFormsOfATabThatIsBehindMergeOrConflictTheSameWay() {
        Browser first = new Browser().login("ana", "ana");
        Browser second = new Browser().login("ana", "ana");
        String file = first.startFile("company-registration");
        String data = "/files/" + file + "/data";
        first.post("/files/" + file + "/guide", guide("0", "1000", "false"));
        String seen = shownVersion(first.get(data));
        second.get(data);

        first.post(data, Map.of("_version", seen, "dataForms.firstName", "Ana", "dataForms.lastName", "Pérez"));
        Response merged = second.postPartial(
                data, Map.of("_version", seen, "dataForms.firstName", "", "dataForms.city", "Santa Ana"));
        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(merged.asString()).contains("Ana Pérez");
        assertThat(stored(file).getString("values.'dataForms.city'")).isEqualTo("Santa Ana");
        assertThat(stored(file).getString("values.'dataForms.firstName'")).isEqualTo("Ana");

        Response refused =
                second.post(data, Map.of("_version", seen, "dataForms.firstName", "Eva", "dataForms.lastName", ""));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("id=\"changed-elsewhere\"").contains("value=\"Eva\"");
        assertThat(stored(file).getString("values.'dataForms.firstName'")).isEqualTo("Ana");
    }

    @Test
    void aVersionNoPageShowsIsRefusedAndNothingIsStored() {
        Browser tab = new Browser().login("ana", "ana");
        String file = tab.startFile("company-registration");
        String guide = "/files/" + file + "/guide";
        tab.get(guide);

        assertThat(tab.post(guide, guide("not-a-number", "1000", "false")).statusCode())
                .isEqualTo(400);
        assertThat(tab.post(guide, guide("99", "1000", "false")).statusCode()).isEqualTo(400);
        assertThat(tab.post(guide, guide("-1", "1000", "false")).statusCode()).isEqualTo(400);
        assertThat(stored(file).getLong("version")).isZero();
    }
}

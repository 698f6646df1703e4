package org.eregistrations.web.parta;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.file.LiveSessions;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.SqlStatements;
import org.junit.jupiter.api.Test;

/**
 * What one live update of an open file costs the server, so that it cannot grow again unnoticed: the SQL statements
 * it sends and the derivations it makes. (Before the one-pass change a guide update read the file's row three times,
 * its values three times, validated twice and derived three times.)
 */
@QuarkusTest
class UpdateCostTest {
    private static final Pattern VERSION = Pattern.compile("name=\"_version\" value=\"(\\d+)\"");

    /**
     * A guide or data-form update, in this order. The visitor's login: the session of the cookie with its account, in
     * one statement outside any transaction (1). The one pass: the file's row read and locked (1), its values (1, after the
     * lock: see FileStore.readForUpdate), the version claimed (1), the events inserted (1 batch), the current values
     * written (1 batch), commit (1).
     */
    private static final int STATEMENTS_PER_UPDATE = 7;

    @Inject
    LiveSessions sessions;

    private static String version(Response page) {
        Matcher version = VERSION.matcher(page.asString());
        assertThat(version.find()).isTrue();
        return version.group(1);
    }

    @Test
    void aGuideUpdateReadsTheFileOnceAndDerivesOnce() {
        Browser ana = new Browser().login("ana", "ana");
        String file = ana.startFile("company-registration");
        String guide = "/files/" + file + "/guide";
        ana.post(guide, Map.of("guide.legalForm", "sole", "guide.capital", "1000", "guide.isImporter", "false"));
        Response page = ana.get(guide);
        long derivations = sessions.derivations();
        assertThat(ana.get(guide).statusCode()).isEqualTo(200);
        assertThat(sessions.derivations())
                .as("the guide shown again at the same version is the live session's last derivation")
                .isEqualTo(derivations);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("_version", version(page));
        form.put("guide.legalForm", "sole");
        form.put("guide.capital", "2500");
        form.put("guide.isImporter", "true");
        Response updated;
        try (SqlStatements sql = SqlStatements.count()) {
            updated = ana.postPartial(guide, form);
            assertThat(sql.executed()).as("statements: %s", sql.list()).isLessThanOrEqualTo(STATEMENTS_PER_UPDATE);
        }
        assertThat(updated.statusCode()).isEqualTo(200);
        // one derivation: the answers after the change; the guide before it is the live session's last one
        assertThat(sessions.derivations() - derivations).isEqualTo(1);
    }

    @Test
    void aDataFormUpdateReadsTheFileOnceAndDerivesOnce() {
        Browser ana = new Browser().login("ana", "ana");
        String file = ana.startFile("company-registration");
        ana.post("/files/" + file + "/guide", Map.of("guide.legalForm", "sole", "guide.capital", "1000"));
        String data = "/files/" + file + "/data";
        Response page = ana.get(data);
        long derivations = sessions.derivations();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("_version", version(page));
        form.put("dataForms.companyName", "Café Pérez");
        form.put("dataForms.firstName", "Ana");
        form.put("dataForms.lastName", "Pérez");
        Response updated;
        try (SqlStatements sql = SqlStatements.count()) {
            updated = ana.postPartial(data, form);
            assertThat(sql.executed()).as("statements: %s", sql.list()).isLessThanOrEqualTo(STATEMENTS_PER_UPDATE);
        }
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.asString()).contains("Ana Pérez");
        // only what htmx swaps is rendered: the computed values (with the version) and the tabs, not the sections
        assertThat(updated.asString())
                .contains("id=\"computed\"", "name=\"_version\"", "id=\"tabs\"")
                .doesNotContain("id=\"sections\"", "dataForms.companyName");
        assertThat(sessions.derivations() - derivations).isEqualTo(1);
    }

    @Test
    void theCountsSeeEveryStatementAndDerivation() {
        // the counts cannot pass by seeing nothing: a change of a file that is not open derives in a new session
        Browser ana = new Browser().login("ana", "ana");
        String file = ana.startFile("company-registration");
        sessions.clear();
        long derivations = sessions.derivations();
        try (SqlStatements sql = SqlStatements.count()) {
            ana.post("/files/" + file + "/guide", Map.of("guide.legalForm", "sole", "guide.capital", "1000"));
            assertThat(sql.executed()).isGreaterThanOrEqualTo(5);
        }
        // before (a new session brought to the stored values) and after the change
        assertThat(sessions.derivations() - derivations).isEqualTo(2);
    }
}

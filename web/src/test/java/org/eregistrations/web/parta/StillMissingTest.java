package org.eregistrations.web.parta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.change;
import static org.eregistrations.web.testing.FileApi.create;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.eregistrations.web.testing.Browser;
import org.junit.jupiter.api.Test;

/** What the pages say is still missing, and what the guide says will be asked. */
@QuarkusTest
class StillMissingTest {
    @Test
    void aFieldMissingInTheSecondEntryOfAListLinksToThatEntrysInputAndNamesIt() {
        String id = create("ana", "company-registration");
        change(
                        "ana",
                        id,
                        0,
                        """
                {"guide.legalForm": "sa", "guide.capital": 1000,
                 "dataForms.shareholders[0].name": "Ana Pérez", "dataForms.shareholders[0].share": 60,
                 "dataForms.shareholders[1].share": 40}""")
                .statusCode(200);
        Browser ana = new Browser().login("ana", "ana");

        String send = ana.get("/files/" + id + "/send").asString();
        assertThat(send)
                .contains("<a href=\"/files/" + id + "/data#f-shareholders-1-name\">Shareholders 2: Full name</a>")
                .doesNotContain("#f-shareholders-0-name");
        String data = ana.get("/files/" + id + "/data").asString();
        assertThat(data).contains("id=\"f-shareholders-1-name\"").contains("name=\"dataForms.shareholders[1].name\"");
    }

    @Test
    void everyMissingItemLinksToAnElementOfItsPage() {
        String id = create("ana", "company-registration");
        change(
                        "ana",
                        id,
                        0,
                        """
                {"guide.legalForm": "sole", "guide.capital": 2000, "guide.isImporter": false,
                 "guide.hasEmployees": false}""")
                .statusCode(200);
        Browser ana = new Browser().login("ana", "ana");
        String send = ana.get("/files/" + id + "/send").asString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "<a href=\"/files/" + id + "/(\\w+)#([\\w-]+)\">")
                .matcher(send.substring(send.indexOf("h-missing")));
        int links = 0;
        while (link.find()) {
            links++;
            String page = ana.get("/files/" + id + "/" + link.group(1)).asString();
            assertThat(page).as(link.group()).contains("id=\"" + link.group(2) + "\"");
        }
        assertThat(links).isGreaterThan(5);
    }

    @Test
    void theGuideListsOnlyTheDocumentsThatWillBeAsked() {
        Browser marta = new Browser().login("ana", "ana");
        String id = marta.startFile("trader-licence");
        marta.get("/files/" + id + "/guide");
        marta.post("/files/" + id + "/guide", Map.of("guide.sellsFood", "false", "guide.isRenewal", "false"));
        assertThat(marta.get("/files/" + id + "/guide").asString())
                .contains("Identity document")
                .doesNotContain("Health certificate")
                .doesNotContain("Previous licence");

        marta.post("/files/" + id + "/guide", Map.of("guide.sellsFood", "true", "guide.isRenewal", "false"));
        assertThat(marta.get("/files/" + id + "/guide").asString()).contains("Health certificate for food handling");
    }

    @Test
    void aPathThatNamesNoPropertyIsRefusedByTheApiNamingIt() {
        String id = create("ana", "company-registration");
        change(
                        "ana",
                        id,
                        0,
                        """
                {"dataForms.shareholders[01].name": "Ana", "guide.legalForm": "sole"}""")
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors.path", hasItem("dataForms.shareholders[01].name"))
                .body("errors.reason", hasItem("is not a property of a file"));
    }
}

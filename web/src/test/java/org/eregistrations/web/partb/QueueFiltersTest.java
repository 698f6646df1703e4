package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.officer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filters of My work and of a step's queue — service, assigned to me or unassigned — kept across tabs and pages,
 * bad values falling back to the defaults, and the certificates column.
 */
@QuarkusTest
class QueueFiltersTest {
    private static final String LICENCES = "/work/trader-licence/review";
    private static final String REVISION = "/work/company-registration/revision";
    private static final String BOTH = "qf-both";
    private static final String DESK = "qf-desk";
    private static final String FOREIGN = "qf-markets";

    @Inject
    Accounts accounts;

    @BeforeEach
    void officers() {
        officer(accounts, BOTH, null, "licensingOfficer", "marketInspector");
        officer(accounts, DESK, "registry", "frontDesk");
        officer(accounts, FOREIGN, "markets", "licensingOfficer", "marketInspector");
    }

    @Test
    void myWorkShowsTheChosenServiceOnlyAndEveryServiceForAnUnknownOne() {
        Browser officer = new Browser().login(BOTH, BOTH);

        String every = officer.get("/work").asString();
        assertThat(every)
                .contains("href=\"" + LICENCES + "\"", "href=\"/work/market-stall-permit/inspection\"")
                .contains("<option value=\"trader-licence\" >Trader licence</option>")
                .contains("<option value=\"\" selected>Every service</option>");
        String one = officer.get("/work?service=trader-licence").asString();
        assertThat(one)
                .contains("href=\"" + LICENCES + "\"")
                .doesNotContain("href=\"/work/market-stall-permit/")
                .contains("<option value=\"trader-licence\" selected>");
        Response unknown = officer.get("/work?service=%3Cnonsense%3E");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.asString())
                .contains("href=\"" + LICENCES + "\"", "href=\"/work/market-stall-permit/inspection\"");
        assertThat(officer.get("/work?service=market-stall-permit&lang=es").asString())
                .contains("Todos los servicios")
                .doesNotContain("href=\"" + LICENCES + "\"");
    }

    @Test
    void anOfficerOfAnotherInstitutionChoosingTheServiceSeesNoneOfItsFiles() {
        String file = FileApi.sentTraderLicence("ana");
        Browser foreign = new Browser().login(FOREIGN, FOREIGN);

        String chosen = foreign.get("/work?service=trader-licence").asString();
        assertThat(chosen).doesNotContain(LICENCES).contains("href=\"/work/market-stall-permit/inspection\"");
        assertThat(foreign.get(LICENCES + "?tab=all&assigned=none").statusCode())
                .isEqualTo(404);
        assertThat(foreign.get("/work/market-stall-permit/inspection?tab=all&page=1000")
                        .asString())
                .doesNotContain(file);
    }

    @Test
    void theQueueShowsEachFilesCertificatesInTheOfficersLanguage() {
        String file = FileApi.sentTraderLicence("ana");
        Browser officer = new Browser().login(BOTH, BOTH);

        String english = officer.get(LICENCES + "?page=1000").asString();
        assertThat(english).contains("<th scope=\"col\">Certificates</th>");
        assertThat(row(english, file)).contains("<td class=\"certificates\">Trader licence</td>");
        assertThat(row(officer.get(LICENCES + "?page=1000&lang=es").asString(), file))
                .contains("<td class=\"certificates\">Licencia de comerciante</td>");
    }

    @Test
    void theAssignedFilterIsKeptAcrossTabsAndPagesAndSeparatesMineFromTheUnassigned() {
        String mine = FileApi.sentCompanyRegistration("ana");
        String free = FileApi.sentCompanyRegistration("ana");
        Browser desk = new Browser().login(DESK, DESK);
        desk.post("/work/files/" + mine + "/steps/revision/take", Map.of("version", version(desk, mine)));

        String assigned = desk.get(REVISION + "?assigned=me&sort=sent").asString();
        assertThat(assigned).contains(mine).doesNotContain(free);
        assertThat(assigned)
                .contains("href=\"" + REVISION + "?tab=all&amp;sort=sent&amp;assigned=me\"")
                .contains("<option value=\"me\" selected>");
        String unassigned = desk.get(REVISION + "?assigned=none&sort=sent").asString();
        assertThat(unassigned).contains(free).doesNotContain(mine);
        if (unassigned.contains("rel=\"next\"")) {
            assertThat(unassigned).contains("href=\"" + REVISION + "?sort=sent&amp;assigned=none&amp;page=2\"");
        }
    }

    @Test
    void badFilterValuesGiveTheDefaultsNeverAnError() {
        String file = FileApi.sentTraderLicence("ana");
        Browser officer = new Browser().login(BOTH, BOTH);

        Response bad = officer.get(LICENCES + "?tab=%27&sort=up&assigned=me&page=abc&q=" + "x".repeat(300));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.asString())
                .contains("class=\"queue-total\">0 files")
                .contains("value=\"" + "x".repeat(100) + "\"")
                .contains("aria-current=\"page\">Pending</a>")
                .doesNotContain("name=\"assigned\""); // not an assignable step: the filter does not apply
        Response negative = officer.get(LICENCES + "?page=-3&assigned=%00");
        assertThat(negative.statusCode()).isEqualTo(200);
        assertThat(officer.get(LICENCES + "?page=99999999999999").statusCode()).isEqualTo(200);
        assertThat(officer.get(LICENCES + "?page=1000").asString()).contains(file);
    }

    private static String version(Browser officer, String file) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(officer.get("/work/files/" + file).asString());
        assertThat(version.find()).as("a form with the version").isTrue();
        return version.group(1);
    }

    /** The table row of the file in a queue page. */
    private static String row(String queue, String file) {
        Matcher row = Pattern.compile(
                        "<tr>\\s*<td class=\"file-number\"><a href=\"/work/files/" + file + "\">.*?</tr>",
                        Pattern.DOTALL)
                .matcher(queue);
        assertThat(row.find()).as("the file's row").isTrue();
        return row.group();
    }
}

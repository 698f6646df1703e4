package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.officer;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A step's queue: its tabs by the step's status, the search by number, applicant or title, and the two orders. */
@QuarkusTest
class QueueSearchTest {
    private static final String QUEUE = "/work/trader-licence/review";
    private static final Pattern FILE = Pattern.compile("href=\"/work/files/([0-9a-f-]{36})\"");
    private static final String OFFICER = "qs-licensing";
    private static final String APPLICANT = "qs-zelda";

    @Inject
    Accounts accounts;

    private final String token = "Q" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void accounts() {
        officer(accounts, OFFICER, "trade", "licensingOfficer");
        accounts.createConfirmed(
                APPLICANT,
                APPLICANT + "@example.com",
                "Zelda Quixotic",
                BCrypt.withDefaults().hashToString(4, APPLICANT.toCharArray()),
                List.of("investor"),
                null,
                false);
    }

    @Test
    void eachTabShowsTheFilesWhoseStepHasItsStatus() {
        String pending = sent("ana", token + " pending");
        String approved = sent("ana", token + " approved");
        String sentBack = sent("ana", token + " sent back");
        String rejected = sent("ana", token + " rejected");
        FileApi.decide("licensing", approved, "steps/review/approve", null).statusCode(200);
        FileApi.decide("licensing", sentBack, "steps/review/sendBack", "Blurred")
                .statusCode(200);
        FileApi.decide("licensing", rejected, "steps/review/reject", "Not ours").statusCode(200);
        Browser officer = new Browser().login(OFFICER, OFFICER);

        assertThat(files(officer.get(QUEUE + "?q=" + token).asString())).containsExactly(pending);
        assertThat(files(officer.get(QUEUE + "?tab=approved&q=" + token).asString()))
                .containsExactly(approved);
        assertThat(files(officer.get(QUEUE + "?tab=sent_back&q=" + token).asString()))
                .containsExactly(sentBack);
        assertThat(files(officer.get(QUEUE + "?tab=rejected&q=" + token).asString()))
                .containsExactly(rejected);
        String all = officer.get(QUEUE + "?tab=all&q=" + token).asString();
        assertThat(files(all)).containsExactlyInAnyOrder(pending, approved, sentBack, rejected);
        // the tabs keep the search; the chosen tab is marked and kept by the search form
        assertThat(all)
                .contains("href=\"" + QUEUE + "?tab=approved&amp;q=" + token + "\"")
                .contains("href=\"" + QUEUE + "?q=" + token + "\"")
                .contains("?tab=all&amp;q=" + token + "\" aria-current=\"page\"")
                .contains("<input type=\"hidden\" name=\"tab\" value=\"all\">");
        assertThat(officer.get(QUEUE + "?tab=nonsense&q=" + token).asString())
                .contains("?q=" + token + "\" aria-current=\"page\">Pending</a>");
    }

    @Test
    void theSearchFindsAFileByNumberApplicantOrTitle() {
        String mine = sent(APPLICANT, token + " Hardware & Sons");
        String other = sent("ana", token + " Ferretería");
        Browser officer = new Browser().login(OFFICER, OFFICER);
        String number = number(officer.get(QUEUE + "?q=" + token).asString(), mine);

        assertThat(files(officer.get(QUEUE + "?q=" + number).asString())).containsExactly(mine);
        String shortNumber = String.valueOf(Long.parseLong(number.substring(5)));
        assertThat(files(officer.get(QUEUE + "?q=" + shortNumber).asString())).contains(mine);
        assertThat(files(officer.get(QUEUE + "?q=zelda QUIX").asString()))
                .contains(mine)
                .doesNotContain(other);
        assertThat(files(officer.get(QUEUE + "?q=" + token.toLowerCase() + " ferreter")
                        .asString()))
                .containsExactly(other);
        String none = officer.get(QUEUE + "?q=" + token + "nothing").asString();
        assertThat(none).contains("No file here.").contains("value=\"" + token + "nothing\"");
    }

    @Test
    void aNumberNamesOnlyItsFileAndATextOfTwoLettersOnlyApplicants() {
        String digits = "987654321" + Math.abs(token.hashCode() % 1000);
        String titled = sent("ana", token + " " + digits);
        Browser officer = new Browser().login(OFFICER, OFFICER);
        assertThat(files(officer.get(QUEUE + "?tab=all&q=" + token).asString())).containsExactly(titled);
        // a number is a file number, never a part of a title
        assertThat(files(officer.get(QUEUE + "?tab=all&q=" + digits).asString()))
                .isEmpty();
        // two characters have no trigram: they search applicants' names, not every title value
        assertThat(files(officer.get(QUEUE + "?tab=all&q=" + token.substring(0, 2))
                        .asString()))
                .isEmpty();
        String zelda = sent(APPLICANT, token + " Zz");
        assertThat(files(officer.get(QUEUE + "?tab=all&sort=sent&q=Ze").asString()))
                .contains(zelda)
                .doesNotContain(titled);
        assertThat(files(officer.get(QUEUE + "?tab=all&q=Zelda Q").asString())).contains(zelda);
    }

    @Test
    void aFilesTitleIsItsFirstTitleValueTrimmedAndCutAsInEveryList() {
        String spaced = sent("ana", "  " + token + " Spaced  ");
        String untitled = FileApi.sentTraderLicence("ana"); // no trade name: the trader's name titles it
        String longName = token + " " + "Ñandú ".repeat(20);
        String cut = sent("ana", longName);
        Browser officer = new Browser().login(OFFICER, OFFICER);
        String page = officer.get(QUEUE + "?tab=all&sort=sent").asString();

        assertThat(page)
                .contains("<td>" + token + " Spaced</td>")
                .contains("<td>" + longName.substring(0, 79) + "…</td>");
        assertThat(files(page)).contains(spaced, cut, untitled);
        String row = page.substring(page.indexOf("href=\"/work/files/" + untitled + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<td>Marta Ruiz</td>");
    }

    @Test
    void aSearchTextWithLikeWildcardsFindsOnlyLiteralMatches() {
        String percent = sent("ana", token + " 100% Tools");
        String underscore = sent("ana", token + " a_b");
        String neither = sent("ana", token + " 100x Tools axb");
        Browser officer = new Browser().login(OFFICER, OFFICER);

        assertThat(files(officer.get(QUEUE + "?q=" + token + " 100% Tools").asString()))
                .containsExactly(percent);
        assertThat(files(officer.get(QUEUE + "?q=" + token + " a_b").asString()))
                .containsExactly(underscore);
        assertThat(files(officer.get(QUEUE + "?q=" + token + "%").asString())).isEmpty();
        assertThat(files(officer.get(QUEUE + "?q=" + token).asString())).contains(neither);
    }

    @Test
    void theQueueIsOrderedByWaitingTimeOrBySendingDateAndThePagesKeepTheChoices() {
        String first = sent("ana", token + " first");
        String second = sent("ana", token + " second");
        Browser officer = new Browser().login(OFFICER, OFFICER);

        assertThat(files(officer.get(QUEUE + "?q=" + token).asString())).containsExactly(first, second);
        String bySending = officer.get(QUEUE + "?q=" + token + "&sort=sent").asString();
        assertThat(files(bySending)).containsExactly(second, first);
        assertThat(bySending)
                .contains("<option value=\"sent\" selected>")
                .contains("href=\"" + QUEUE + "?tab=all&amp;q=" + token + "&amp;sort=sent\"");
        String paged = officer.get(QUEUE + "?sort=sent").asString();
        if (paged.contains("rel=\"next\"")) {
            assertThat(paged).contains("href=\"" + QUEUE + "?sort=sent&amp;page=2\"");
        }
    }

    /** A trader licence of this applicant with this trade name (its title), sent. */
    private static String json(Map<String, Object> values) {
        try {
            return new ObjectMapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sent(String applicant, String title) {
        String file = FileApi.completeTraderLicence(applicant);
        FileApi.change(applicant, file, FileApi.version(applicant, file), json(Map.of("dataForms.tradeName", title)))
                .statusCode(200);
        FileApi.decide(applicant, file, "send", null).statusCode(200);
        return file;
    }

    private static List<String> files(String queue) {
        return Browser.all(FILE, queue);
    }

    private static String number(String queue, String file) {
        Matcher number = Pattern.compile("href=\"/work/files/" + file + "\">(\\d{4}-\\d{6})<")
                .matcher(queue);
        assertThat(number.find()).isTrue();
        return number.group(1);
    }
}

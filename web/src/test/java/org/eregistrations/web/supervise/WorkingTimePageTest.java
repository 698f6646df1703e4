package org.eregistrations.web.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.junit.jupiter.api.Test;

/**
 * Supervisors set the working hours processing times count by: one bound to an institution its own, one bound to none
 * every institution's and the public holidays; a form without its token changes nothing, and nobody else sees the page.
 */
@QuarkusTest
class WorkingTimePageTest {
    @Inject
    Accounts accounts;

    @Inject
    WorkingCalendars calendars;

    @Test
    void aSupervisorOfAnInstitutionSetsItsHours() {
        supervisor("wt-markets", "markets");
        Browser markets = new Browser().login("wt-markets", "wt-markets");
        String page = markets.get("/supervise/working-time").asString();
        assertThat(page).contains("Working hours and public holidays", "name=\"institution\" value=\"markets\"");
        assertThat(page).doesNotContain("value=\"trade\"", "Add the holiday");

        Map<String, String> week = new HashMap<>(Map.of("institution", "markets"));
        week.put("starts-6", "07:30");
        week.put("ends-6", "12:00");
        assertThat(markets.post("/supervise/working-time/hours", week).statusCode())
                .isEqualTo(303);
        assertThat(calendars.weeks().get("markets"))
                .containsExactly(Map.entry(
                        DayOfWeek.SATURDAY, new WorkingCalendar.Hours(LocalTime.of(7, 30), LocalTime.of(12, 0))));
        assertThat(markets.get("/supervise/working-time?done=saved").asString()).contains("Saved.");

        // another institution's hours, holidays and a week that ends before it starts are refused
        assertThat(markets.post("/supervise/working-time/hours", Map.of("institution", "trade"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(markets.post("/supervise/working-time/holidays", Map.of("day", "2026-12-25", "name", "Navidad"))
                        .statusCode())
                .isEqualTo(404);
        Map<String, String> backwards = Map.of("institution", "markets", "starts-1", "17:00", "ends-1", "08:00");
        assertThat(markets.post("/supervise/working-time/hours", backwards).getHeader("Location"))
                .endsWith("problem=hours");
        assertThat(markets.post("/supervise/working-time/hours", Map.of("institution", "markets", "starts-2", "x"))
                        .getHeader("Location"))
                .endsWith("problem=hours");
        assertThat(calendars.weeks().get("markets")).containsOnlyKeys(DayOfWeek.SATURDAY);

        markets.get("/supervise/working-time");
        assertThat(markets.post("/supervise/working-time/hours", Map.of("institution", "markets", "forget", "true"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(calendars.weeks()).doesNotContainKey("markets");
    }

    @Test
    void aSupervisorOfEveryInstitutionSetsHolidays() {
        Browser supervisor = new Browser().login("supervisor", "supervisor");
        String page = supervisor.get("/supervise/working-time").asString();
        assertThat(page).contains("Every institution without hours of its own", "value=\"trade\"", "Add the holiday");
        LocalDate day = LocalDate.of(2031, 9, 15);
        supervisor.post(
                "/supervise/working-time/holidays", Map.of("day", day.toString(), "name", "<b>Independencia</b>"));
        assertThat(calendars.holidays()).containsEntry(day, "<b>Independencia</b>");
        assertThat(supervisor.get("/supervise/working-time?lang=es").asString())
                .contains("Feriados", "&lt;b&gt;Independencia&lt;/b&gt;");
        assertThat(supervisor
                        .post("/supervise/working-time/holidays", Map.of("day", "31/12", "name", "x"))
                        .getHeader("Location"))
                .endsWith("problem=day");
        supervisor.post("/supervise/working-time/holidays", Map.of("day", day.toString(), "remove", "true"));
        assertThat(calendars.holidays()).doesNotContainKey(day);
    }

    @Test
    void formsWithoutTheirTokenAndOtherRolesAreRefused() {
        Browser supervisor = new Browser().login("supervisor", "supervisor");
        supervisor.get("/supervise/working-time");
        assertThat(supervisor
                        .postRaw("/supervise/working-time/holidays", Map.of("day", "2031-01-02", "name", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(calendars.holidays()).doesNotContainKey(LocalDate.of(2031, 1, 2));
        for (String user : List.of("clerk", "ana", "admin", "statistics")) {
            Browser other = new Browser().login(user, user);
            assertThat(other.get("/supervise/working-time").statusCode())
                    .as(user)
                    .isEqualTo(404);
            assertThat(other.post("/supervise/working-time/hours", Map.of("institution", ""))
                            .statusCode())
                    .as(user)
                    .isEqualTo(404);
        }
        assertThat(new Browser().get("/supervise/working-time").statusCode()).isEqualTo(303);
    }

    private void supervisor(String user, String institution) {
        if (accounts.find(user).isEmpty()) {
            accounts.createConfirmed(
                    user,
                    user + "@example.com",
                    user,
                    BCrypt.withDefaults().hashToString(4, user.toCharArray()),
                    List.of("supervisor"),
                    institution,
                    false);
        }
    }
}

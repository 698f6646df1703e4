package org.eregistrations.web.supervise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working time counts only an institution's hours, never a holiday, across weekends and changes of the clock. */
class WorkingCalendarTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid"); // has daylight saving time
    private static final WorkingCalendar.Hours NINE_TO_FIVE =
            new WorkingCalendar.Hours(LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final WorkingCalendar OFFICE = new WorkingCalendar(
            MADRID,
            Map.of(
                    DayOfWeek.MONDAY, NINE_TO_FIVE,
                    DayOfWeek.TUESDAY, NINE_TO_FIVE,
                    DayOfWeek.WEDNESDAY, NINE_TO_FIVE,
                    DayOfWeek.THURSDAY, NINE_TO_FIVE,
                    DayOfWeek.FRIDAY, new WorkingCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(14, 30)),
                    DayOfWeek.SATURDAY, new WorkingCalendar.Hours(LocalTime.of(0, 0), LocalTime.of(2, 30))),
            Set.of(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 10, 12)));

    @Test
    void onlyOpeningHoursCount() {
        // Monday 2026-11-23: 07:00 to 10:15 is one hour and a quarter of work
        assertThat(OFFICE.between(at(2026, 11, 23, 7, 0), at(2026, 11, 23, 10, 15)))
                .isEqualTo(Duration.ofMinutes(75));
        // Friday 14:00 to Monday 10:00: half an hour on Friday, two and a half on Saturday night, one on Monday
        assertThat(OFFICE.between(at(2026, 11, 27, 14, 0), at(2026, 11, 30, 10, 0)))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aHolidayIsNotWorked() {
        // Monday 12 October 2026 is a holiday: Friday 9th 14:30 to Tuesday 13th 10:00 is Saturday's 2.5 h and 1 h
        assertThat(OFFICE.between(at(2026, 10, 9, 14, 30), at(2026, 10, 13, 10, 0)))
                .isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void noTimeWhenTheEndIsNotAfterTheStart() {
        Instant moment = at(2026, 11, 23, 12, 0);
        assertThat(OFFICE.between(moment, moment)).isZero();
        assertThat(OFFICE.between(moment, moment.minusSeconds(3600))).isZero();
        assertThat(new WorkingCalendar(MADRID, Map.of(), Set.of()).between(moment, moment.plusSeconds(86400 * 30)))
                .isZero();
    }

    @Test
    void hoursMustEndAfterTheyStart() {
        assertThatThrownBy(() -> new WorkingCalendar.Hours(LocalTime.NOON, LocalTime.NOON))
                .hasMessageContaining("starts must be before ends");
    }

    /** Random spans (some over the spring and autumn clock changes) agree with counting minute by minute. */
    @Test
    void agreesWithCountingEveryMinute() {
        Random random = new Random(15);
        Instant base = at(2026, 3, 20, 0, 0);
        for (int i = 0; i < 60; i++) {
            Instant from = base.plusSeconds(60L * random.nextInt(60 * 24 * 230));
            Instant to = from.plusSeconds(60L * random.nextInt(60 * 24 * 12));
            assertThat(OFFICE.between(from, to)).as("%s to %s", from, to).isEqualTo(minuteByMinute(from, to));
        }
    }

    private static Duration minuteByMinute(Instant from, Instant to) {
        long minutes = 0;
        for (Instant minute = from; minute.isBefore(to); minute = minute.plusSeconds(60)) {
            ZonedDateTime local = minute.atZone(MADRID);
            WorkingCalendar.Hours hours = OFFICE.week().get(local.getDayOfWeek());
            LocalTime time = local.toLocalTime();
            if (hours != null
                    && !OFFICE.holidays().contains(local.toLocalDate())
                    && !time.isBefore(hours.starts())
                    && time.isBefore(hours.ends())) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(MADRID).toInstant();
    }
}

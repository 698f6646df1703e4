package org.eregistrations.web.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The working clock that SQL reads ({@link WorkingClocks}, V23) gives the working time of {@link WorkingCalendar}: the
 * clock at the end minus the clock at the start, each reading the day's row as the statistics' statement does.
 */
class WorkingClockTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final WorkingCalendar.Hours DAY =
            new WorkingCalendar.Hours(LocalTime.of(8, 30), LocalTime.of(16, 45));
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(
            ZONE,
            Map.of(
                    DayOfWeek.MONDAY,
                    DAY,
                    DayOfWeek.TUESDAY,
                    DAY,
                    DayOfWeek.WEDNESDAY,
                    DAY,
                    DayOfWeek.THURSDAY,
                    DAY,
                    DayOfWeek.SATURDAY,
                    new WorkingCalendar.Hours(LocalTime.of(1, 0), LocalTime.of(3, 30))),
            Set.of(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 11, 26)));

    @Test
    void differencesOfTheClockAreWorkingTime() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        Map<LocalDate, double[]> clock = new HashMap<>(); // opens, closes (epoch seconds), seconds worked before
        double worked = 0;
        for (LocalDate day = first; day.isBefore(first.plusYears(1)); day = day.plusDays(1)) {
            Instant[] opening = CALENDAR.openingOf(day);
            clock.put(day, new double[] {opening[0].getEpochSecond(), opening[1].getEpochSecond(), worked});
            worked += Duration.between(opening[0], opening[1]).getSeconds();
        }
        Random random = new Random(23);
        for (int i = 0; i < 500; i++) {
            Instant from = first.atStartOfDay(ZONE).toInstant().plusSeconds(random.nextInt(300 * 86400));
            Instant to = from.plusSeconds(random.nextInt(20 * 86400));
            double seconds = reading(clock, to) - reading(clock, from);
            assertThat(seconds)
                    .as("%s to %s", from, to)
                    .isEqualTo(CALENDAR.between(from, to).getSeconds());
        }
    }

    /** The clock at a moment, as the SQL reads it: the day's seconds before, plus the part of the day's hours passed. */
    private static double reading(Map<LocalDate, double[]> clock, Instant moment) {
        double[] day = clock.get(moment.atZone(ZONE).toLocalDate());
        double at = moment.getEpochSecond();
        return day[2] + Math.min(Math.max(at, day[0]), day[1]) - day[0];
    }
}

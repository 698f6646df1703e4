package org.eregistrations.web.supervise;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When an institution works: its hours on each weekday it works, in the instance's time zone, never on a public
 * holiday. {@link #between} is the working time between two moments, what a step's processing time counts:
 *
 * <pre>{@code
 * var calendar = new WorkingCalendar(zone, Map.of(DayOfWeek.MONDAY, new Hours(LocalTime.of(8, 0), LocalTime.of(16, 0))),
 *         Set.of());
 * calendar.between(mondayAt7, mondayAt9); // one hour: the office opens at 8
 * }</pre>
 */
public record WorkingCalendar(ZoneId zone, Map<DayOfWeek, Hours> week, Set<LocalDate> holidays) {
    /** The hours of a working day, from {@code starts} to {@code ends} (local times of the zone). */
    public record Hours(LocalTime starts, LocalTime ends) {
        public Hours {
            Objects.requireNonNull(starts, "starts must not be null");
            Objects.requireNonNull(ends, "ends must not be null");
            if (!starts.isBefore(ends)) {
                throw new IllegalArgumentException("starts must be before ends");
            }
        }
    }

    public WorkingCalendar {
        Objects.requireNonNull(zone, "zone must not be null");
        week = Map.copyOf(week);
        holidays = Set.copyOf(holidays);
    }

    /** The working time from one moment to another; none when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from) || week.isEmpty()) {
            return Duration.ZERO;
        }
        long seconds = 0;
        long nanos = 0;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Hours hours = week.get(day.getDayOfWeek());
            if (hours == null || holidays.contains(day)) {
                continue;
            }
            Instant starts =
                    latest(from, day.atTime(hours.starts()).atZone(zone).toInstant());
            Instant ends = earliest(to, day.atTime(hours.ends()).atZone(zone).toInstant());
            if (ends.isAfter(starts)) {
                Duration worked = Duration.between(starts, ends);
                seconds += worked.getSeconds();
                nanos += worked.getNano();
            }
        }
        return Duration.ofSeconds(seconds, nanos);
    }

    /** The moments a day's work opens and closes; the day's start twice when it is not worked. */
    public Instant[] openingOf(LocalDate day) {
        Hours hours = holidays.contains(day) ? null : week.get(day.getDayOfWeek());
        if (hours == null) {
            Instant start = day.atStartOfDay(zone).toInstant();
            return new Instant[] {start, start};
        }
        return new Instant[] {
            day.atTime(hours.starts()).atZone(zone).toInstant(),
            day.atTime(hours.ends()).atZone(zone).toInstant()
        };
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

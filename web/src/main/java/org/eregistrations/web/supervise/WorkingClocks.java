package org.eregistrations.web.supervise;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.site.LocalTimes;

/**
 * The working clocks ({@code working_clock}, V23): each calendar's opening and closing moments day by day with the
 * seconds worked before, from {@link WorkingCalendar}, so that SQL computes working time as a difference of two
 * readings of a clock. Rebuilt with every change of the hours or holidays, in its transaction, and at start-up when
 * the instance's time zone is not the one the clocks were built in.
 */
@ApplicationScoped
public class WorkingClocks {
    /** The days the clocks cover; a moment outside counts as not worked. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(2049, 12, 31);

    private final Sql sql;
    private final WorkingCalendars calendars;
    private final LocalTimes times;
    private final Event<ClocksRebuilt> rebuilt;

    WorkingClocks(Sql sql, WorkingCalendars calendars, LocalTimes times, Event<ClocksRebuilt> rebuilt) {
        this.sql = sql;
        this.calendars = calendars;
        this.times = times;
        this.rebuilt = rebuilt;
    }

    @Transactional
    void buildIfStale(@Observes StartupEvent event) {
        String zone = times.zone().getId();
        boolean current = sql.one("select zone from working_clock_zone", row -> row.getString(1))
                .filter(zone::equals)
                .isPresent();
        if (!current) {
            rebuild();
        }
    }

    /** The clock each institution's figures are read by: its own, or that of every institution ({@code ""}). */
    public Set<String> clocks() {
        return calendars.read().byInstitution().keySet();
    }

    /**
     * Builds every clock again from the calendars as they are now, in the caller's transaction, and tells whoever
     * keeps figures read on them ({@link ClocksRebuilt}).
     */
    @Transactional
    public void rebuild() {
        Map<String, WorkingCalendar> all = calendars.read().byInstitution();
        sql.update("delete from working_clock");
        // the zone, and a generation that says which build a figure read on the clocks was read on (V24)
        if (sql.update(
                        "update working_clock_zone set zone = ?, generation = generation + 1",
                        times.zone().getId())
                == 0) {
            sql.update(
                    "insert into working_clock_zone (zone, generation) values (?, 1)",
                    times.zone().getId());
        }
        sql.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into working_clock"
                    + " (clock, day, opens, closes, worked_before) values (?, ?, ?, ?, ?)")) {
                for (var clock : all.entrySet()) {
                    double worked = 0;
                    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                        Instant[] opening = clock.getValue().openingOf(day);
                        insert.setString(1, clock.getKey());
                        insert.setObject(2, day);
                        insert.setTimestamp(3, Timestamp.from(opening[0]));
                        insert.setTimestamp(4, Timestamp.from(opening[1]));
                        insert.setDouble(5, worked);
                        insert.addBatch();
                        worked += Duration.between(opening[0], opening[1]).toNanos() / 1e9;
                    }
                    insert.executeBatch();
                }
            }
            return null;
        });
        rebuilt.fire(new ClocksRebuilt());
    }
}

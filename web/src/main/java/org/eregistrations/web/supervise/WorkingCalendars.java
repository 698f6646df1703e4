package org.eregistrations.web.supervise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.site.LocalTimes;

/**
 * The working hours of each institution and the public holidays ({@code working_hours}, {@code public_holiday}, V22):
 * read as one {@link WorkingCalendar} per institution, written by the working time page.
 */
@ApplicationScoped
public class WorkingCalendars {
    /** The institution whose hours every institution without hours of its own keeps. */
    public static final String EVERY_INSTITUTION = "";

    private final Sql sql;
    private final LocalTimes times;
    private final Instance<WorkingClocks> clocks;

    WorkingCalendars(Sql sql, LocalTimes times, Instance<WorkingClocks> clocks) {
        this.sql = sql;
        this.times = times;
        this.clocks = clocks;
    }

    /** Every institution's calendar as it is now; {@link Calendars#of} gives each one's. */
    public Calendars read() {
        Set<LocalDate> holidays = holidays().keySet();
        Map<String, Map<DayOfWeek, WorkingCalendar.Hours>> weeks = weeks();
        Map<String, WorkingCalendar> calendars = new HashMap<>();
        weeks.forEach(
                (institution, week) -> calendars.put(institution, new WorkingCalendar(times.zone(), week, holidays)));
        calendars.putIfAbsent(EVERY_INSTITUTION, new WorkingCalendar(times.zone(), Map.of(), holidays));
        return new Calendars(Map.copyOf(calendars));
    }

    /** The calendars of the institutions that have hours of their own, and of every other ({@code ""}). */
    public record Calendars(Map<String, WorkingCalendar> byInstitution) {
        public WorkingCalendar of(String institution) {
            WorkingCalendar own = institution == null ? null : byInstitution.get(institution);
            return own != null ? own : byInstitution.get(EVERY_INSTITUTION);
        }
    }

    /** The hours of each institution that has some, by weekday. */
    Map<String, Map<DayOfWeek, WorkingCalendar.Hours>> weeks() {
        Map<String, Map<DayOfWeek, WorkingCalendar.Hours>> weeks = new TreeMap<>();
        sql.list("select institution, weekday, starts, ends from working_hours order by institution, weekday", row -> {
            weeks.computeIfAbsent(row.getString(1), key -> new EnumMap<>(DayOfWeek.class))
                    .put(
                            DayOfWeek.of(row.getInt(2)),
                            new WorkingCalendar.Hours(
                                    row.getObject(3, LocalTime.class), row.getObject(4, LocalTime.class)));
            return null;
        });
        return weeks;
    }

    /** The public holidays, by day, with their names. */
    Map<LocalDate, String> holidays() {
        return sql
                .list(
                        "select day, name from public_holiday order by day",
                        row -> Map.entry(row.getObject(1, LocalDate.class), row.getString(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /** Sets an institution's week: the hours of each weekday it works, replacing what it had. */
    @Transactional
    void saveWeek(String institution, Map<DayOfWeek, WorkingCalendar.Hours> week) {
        sql.update("delete from working_hours where institution = ?", institution);
        week.forEach((day, hours) -> sql.update(
                "insert into working_hours (institution, weekday, starts, ends) values (?, ?, ?, ?)",
                institution,
                day.getValue(),
                hours.starts(),
                hours.ends()));
        clocks.get().rebuild();
    }

    /** An institution keeps the hours of every institution again. */
    @Transactional
    void forgetWeek(String institution) {
        sql.update("delete from working_hours where institution = ? and institution <> ''", institution);
        clocks.get().rebuild();
    }

    @Transactional
    void addHoliday(LocalDate day, String name) {
        sql.update(
                "insert into public_holiday (day, name) values (?, ?) on conflict (day) do update set name = excluded.name",
                day,
                name);
        clocks.get().rebuild();
    }

    @Transactional
    void removeHoliday(LocalDate day) {
        sql.update("delete from public_holiday where day = ?", day);
        clocks.get().rebuild();
    }

    static List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }
}

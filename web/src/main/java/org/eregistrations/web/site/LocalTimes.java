package org.eregistrations.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eregistrations.web.AppConfig;

/**
 * Moments as people of the country read them: in the instance's time zone ({@code eregistrations.time-zone}, e.g.
 * {@code America/El_Salvador}; the machine's zone when unset), with the zone's short name so nobody has to guess.
 */
@ApplicationScoped
public class LocalTimes {
    private final ZoneId zone;
    private final DateTimeFormatter minute;
    private final DateTimeFormatter zoneName;
    private final DateTimeFormatter day;
    /**
     * The zone's short name by offset and daylight saving time: formatting it is the slow part of a moment (a list of
     * 50 files shows 100), and it is the same for every moment of the same offset and season.
     */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    LocalTimes(AppConfig config) {
        this.zone = config.timeZone()
                .filter(id -> !id.isBlank())
                .map(LocalTimes::zone)
                .orElse(ZoneId.systemDefault());
        this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(this.zone);
        this.zoneName = DateTimeFormatter.ofPattern("zzz").withZone(this.zone);
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(this.zone);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "eregistrations.time-zone '" + id + "' is no time zone; use an id such as America/El_Salvador", e);
        }
    }

    /** A moment to the minute, e.g. {@code 2026-11-29 13:05 CST}; empty for none. */
    public String minute(TemporalAccessor moment) {
        if (moment == null) {
            return "";
        }
        Instant instant = Instant.from(moment);
        String season =
                zone.getRules().getOffset(instant) + "/" + zone.getRules().isDaylightSavings(instant);
        return minute.format(instant) + " " + names.computeIfAbsent(season, key -> zoneName.format(instant));
    }

    /** The day of a moment, e.g. {@code 2026-11-29}; empty for none. */
    public String day(TemporalAccessor moment) {
        return moment == null ? "" : day.format(moment);
    }

    public ZoneId zone() {
        return zone;
    }
}

package org.eregistrations.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.eregistrations.web.AppConfig;

/**
 * Moments as people of the country read them: in the instance's time zone ({@code eregistrations.time-zone}, e.g.
 * {@code America/El_Salvador}; the machine's zone when unset), with the zone's short name so nobody has to guess.
 */
@ApplicationScoped
public class LocalTimes {
    private final ZoneId zone;
    private final DateTimeFormatter minute;
    private final DateTimeFormatter day;

    LocalTimes(AppConfig config) {
        this.zone = config.timeZone()
                .filter(id -> !id.isBlank())
                .map(LocalTimes::zone)
                .orElse(ZoneId.systemDefault());
        this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz").withZone(this.zone);
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
        return moment == null ? "" : minute.format(moment);
    }

    /** The day of a moment, e.g. {@code 2026-11-29}; empty for none. */
    public String day(TemporalAccessor moment) {
        return moment == null ? "" : day.format(moment);
    }

    public ZoneId zone() {
        return zone;
    }
}

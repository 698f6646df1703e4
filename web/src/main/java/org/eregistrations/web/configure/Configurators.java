package org.eregistrations.web.configure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Visit;
import org.jboss.logging.Logger;

/**
 * Who may use the configuration pages (configurators only: to anyone else they do not exist), the log line each of
 * their actions leaves, and the moments they type, to the microsecond.
 */
@ApplicationScoped
class Configurators {
    private static final Logger LOG = Logger.getLogger("org.eregistrations.web.configure.actions");
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final Visit visit;
    private final LocalTimes times;

    Configurators(Visit visit, LocalTimes times) {
        this.visit = visit;
        this.times = times;
    }

    /** The visitor, who must be a configurator; a 404 for anyone else, a log-in for a visitor not logged in. */
    Caller configurator() {
        Caller caller = visit.caller();
        if (!caller.has(Caller.CONFIGURATOR)) {
            throw new PageNotFoundException();
        }
        return caller;
    }

    /** Leaves the line that says who did what on the configuration pages. */
    void logAction(Caller caller, String action, Object... details) {
        LOG.infof(
                "configurator %s: %s %s",
                caller.user(),
                action,
                Arrays.stream(details).map(String::valueOf).collect(Collectors.joining(" ")));
    }

    /** A moment as the pages show it: the local time to the microsecond, e.g. {@code 2026-11-30 10:15:30.123456}. */
    String micros(Instant moment) {
        return moment == null ? "" : MICROS.format(moment.atZone(times.zone()));
    }

    /**
     * A moment typed on a page: an ISO instant ({@code 2026-11-30T16:15:30.123456Z}) or a local date-time to the
     * microsecond ({@code 2026-11-30 10:15:30.123456}, in the instance's time zone); empty when it is neither.
     */
    Optional<Instant> moment(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        String typed = text.strip();
        Instant moment;
        try {
            moment = Instant.parse(typed);
        } catch (DateTimeParseException notInstant) {
            try {
                moment = LocalDateTime.parse(typed.replace(' ', 'T'))
                        .atZone(times.zone())
                        .toInstant();
            } catch (DateTimeException notLocal) {
                return Optional.empty();
            }
        }
        return moment.isBefore(EARLIEST) || moment.isAfter(LATEST) ? Optional.empty() : Optional.of(moment);
    }
}

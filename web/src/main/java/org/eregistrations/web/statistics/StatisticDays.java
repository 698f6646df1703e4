package org.eregistrations.web.statistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.site.LocalTimes;
import org.jboss.logging.Logger;

/**
 * The daily digests of the counted events ({@code statistic_day}, V25): every day before a mark is counted per key, so
 * that a page reads a few rows per day instead of every event. The mark moves to today with the first page of a day,
 * a month of days per transaction, with {@code file_statistic} locked against inserts and other digests meanwhile (at
 * most a second's
 * wait; a page that cannot have the lock counts the raw events instead), and starts again from the first event when
 * the instance's time zone is not the one the days were read in. A late event of a digested day is added to its digest
 * by a trigger.
 */
@ApplicationScoped
class StatisticDays {
    private static final Logger LOG = Logger.getLogger(StatisticDays.class);

    /** The mark before any day is digested. */
    static final LocalDate NONE = LocalDate.of(1970, 1, 1);

    /** Days digested in one transaction (how long inserts of events may wait). */
    private static final int DAYS_AT_ONCE = 31;

    private final Sql sql;
    private final LocalTimes times;

    StatisticDays(Sql sql, LocalTimes times) {
        this.sql = sql;
        this.times = times;
    }

    /** The digests' mark: the days before {@code until} are digested, read in {@code zone} ({@code ""}: none is). */
    private record Mark(LocalDate until, String zone) {}

    /** Every day before the returned one is in the digests (read in the instance's zone), moving the mark if it can. */
    LocalDate digestedUntil() {
        ZoneId zone = times.zone();
        LocalDate today = LocalDate.now(zone);
        Mark mark = mark();
        try {
            while (!mark.zone().equals(zone.getId()) || mark.until().isBefore(today)) {
                mark = QuarkusTransaction.requiringNew().call(() -> digestSome(zone, today));
            }
        } catch (RuntimeException e) {
            if (!lockNotAvailable(e)) {
                throw e;
            }
            LOG.debugf("statistic days not digested now (events being appended): %s", e.getMessage());
        }
        return mark.zone().equals(zone.getId()) ? mark.until() : NONE;
    }

    private Mark mark() {
        return sql.one(
                        "select until, zone from statistic_day_digested",
                        row -> new Mark(row.getObject(1, LocalDate.class), row.getString(2)))
                .orElseThrow();
    }

    /** Digests up to a month of days after the mark and moves it, in the caller's transaction. */
    private Mark digestSome(ZoneId zone, LocalDate today) {
        sql.update("set local lock_timeout = '1s'");
        sql.update("lock table file_statistic in share row exclusive mode");
        Mark mark = mark(); // again under the lock: another node may have moved it
        LocalDate from;
        if (mark.zone().equals(zone.getId())) {
            from = mark.until();
        } else {
            sql.update("delete from statistic_day");
            from = sql.one(
                            "select min(at) from file_statistic where kind <> 'status'",
                            row -> row.getObject(1, OffsetDateTime.class))
                    .map(at -> at.atZoneSameInstant(zone).toLocalDate())
                    .orElse(today);
        }
        LocalDate until = from.plusDays(DAYS_AT_ONCE).isBefore(today) ? from.plusDays(DAYS_AT_ONCE) : today;
        if (from.isBefore(until)) {
            sql.update(
                    "insert into statistic_day (day, kind, service_id, step, officer, item, reason, count)"
                            + " select (s.at at time zone ?)::date, s.kind, s.service_id, coalesce(s.step, ''),"
                            + " statistic_day_officer(s.kind, s.officer), coalesce(s.item, ''),"
                            + " coalesce(s.reason, ''), count(*) from file_statistic s"
                            + " where s.kind <> 'status' and s.at >= ? and s.at < ? group by 1, 2, 3, 4, 5, 6, 7",
                    zone.getId(),
                    from.atStartOfDay(zone).toInstant(),
                    until.atStartOfDay(zone).toInstant());
        }
        LocalDate moved = from.isBefore(until) ? until : today;
        sql.update("update statistic_day_digested set until = ?, zone = ?", moved, zone.getId());
        return new Mark(moved, zone.getId());
    }

    private static boolean lockNotAvailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlException && "55P03".equals(sqlException.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

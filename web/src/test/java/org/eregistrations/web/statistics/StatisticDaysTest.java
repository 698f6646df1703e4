package org.eregistrations.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.testing.DecidedFiles;
import org.junit.jupiter.api.Test;

/**
 * The daily digests count what the raw events count: a range counted from the digests, from the raw events, or from
 * both split at any day gives the same figures; events of a day already digested (a bulk load) are added to its digest
 * as they are inserted; and digests built again from scratch equal those kept up to date.
 */
@QuarkusTest
class StatisticDaysTest {
    private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);
    private static final LocalDate END = LocalDate.of(2018, 2, 1);
    private static final Map<String, String> YEAR = Map.of("from", "2017-01-01", "to", "2018-01-31", "group", "week");
    private static final Caller READER = new Caller("statistics", "days", Set.of("statistics"), null);

    @Inject
    DataSource database;

    @Inject
    StatisticsSql figures;

    @Inject
    StatisticsService statistics;

    @Inject
    StatisticDays days;

    @Inject
    LocalTimes times;

    @Test
    void aRangeCountsTheSameFromDigestsRawEventsOrBoth() throws Exception {
        DecidedFiles.insert(database, 90, 2017, FIRST.atStartOfDay(zone()).toInstant());
        LocalDate digested = days.digestedUntil();
        assertThat(digested).isEqualTo(LocalDate.now(zone()));
        StatisticsQuery query = StatisticsQuery.of(YEAR, LocalDate.now(zone()));
        Scope scope = scope();
        List<List<?>> fromDigests = counts(new StatisticsSql.Range(FIRST, END, zone(), digested), query, scope);
        assertThat(fromDigests.get(0)).as("files counted").hasSizeGreaterThan(20);
        assertThat(counts(new StatisticsSql.Range(FIRST, END, zone(), StatisticDays.NONE), query, scope))
                .as("from the raw events only")
                .isEqualTo(fromDigests);
        for (LocalDate split : List.of(LocalDate.of(2017, 3, 15), LocalDate.of(2017, 9, 1), LocalDate.of(2018, 1, 7))) {
            assertThat(counts(new StatisticsSql.Range(FIRST, END, zone(), split), query, scope))
                    .as("digests before %s, raw events after", split)
                    .isEqualTo(fromDigests);
        }
    }

    @Test
    void eventsOfDigestedDaysAreAddedAndAFreshDigestAgrees() throws Exception {
        Map<String, String> query = Map.of("from", "2016-01-01", "to", "2016-12-31", "group", "month");
        DecidedFiles.insert(
                database,
                30,
                2016,
                LocalDate.of(2016, 1, 1).atStartOfDay(zone()).toInstant());
        List<Table> before = statistics.report(READER, "en", query).tables();
        DecidedFiles.insert(
                database,
                30,
                2116,
                LocalDate.of(2016, 1, 1).atStartOfDay(zone()).toInstant());
        List<Table> kept = statistics.report(READER, "en", query).tables();
        assertThat(kept).as("late events counted").isNotEqualTo(before);
        try (Connection connection = database.getConnection()) {
            connection.createStatement().executeUpdate("update statistic_day_digested set zone = ''");
        }
        List<Table> fresh = statistics.report(READER, "en", query).tables();
        assertThat(fresh).isEqualTo(kept);
    }

    @Test
    void twoReadersDigestingAtOnceDigestEachDayOnce() throws Exception {
        DecidedFiles.insert(
                database,
                20,
                2015,
                LocalDate.of(2015, 1, 1).atStartOfDay(zone()).toInstant());
        try (Connection connection = database.getConnection()) {
            connection.createStatement().executeUpdate("update statistic_day_digested set zone = ''");
        }
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            List<Future<LocalDate>> marks = readers.invokeAll(List.of(days::digestedUntil, days::digestedUntil));
            for (Future<LocalDate> mark : marks) {
                assertThat(mark.get()).isEqualTo(LocalDate.now(zone()));
            }
        } finally {
            readers.shutdownNow();
        }
        // every event of the days before today counted once (other tests' events of today are not digested yet)
        try (Connection connection = database.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("select (select coalesce(sum(count), 0) from statistic_day),"
                                + " (select count(*) from file_statistic where kind <> 'status' and at < ?)")) {
            count.setObject(1, LocalDate.now(zone()).atStartOfDay(zone()).toOffsetDateTime());
            try (ResultSet counted = count.executeQuery()) {
                counted.next();
                assertThat(counted.getLong(1)).isEqualTo(counted.getLong(2)).isPositive();
            }
        }
    }

    private List<List<?>> counts(StatisticsSql.Range range, StatisticsQuery query, Scope scope) {
        return List.of(
                sorted(figures.files(range, query, scope)),
                sorted(figures.decisions(range, query, scope)),
                sorted(figures.certificates(range, query, scope)),
                sorted(figures.rejections(range, query, scope)),
                sorted(figures.invalid(range, query, scope)));
    }

    private static List<String> sorted(List<?> rows) {
        return rows.stream().map(Object::toString).sorted().toList();
    }

    private ZoneId zone() {
        return times.zone();
    }

    private static Scope scope() {
        return new Scope(
                List.of(
                        new Scope.StepOf("trader-licence", "review", "Review", "trade"),
                        new Scope.StepOf("trader-licence", "approval", "Approval", "trade"),
                        new Scope.StepOf("market-stall-permit", "inspection", "Inspection", "markets"),
                        new Scope.StepOf("market-stall-permit", "healthCheck", "Health check", "health"),
                        new Scope.StepOf("market-stall-permit", "approval", "Approval", "markets")),
                Map.of("trader-licence", "Trader licence", "market-stall-permit", "Market stall permit"),
                true);
    }
}

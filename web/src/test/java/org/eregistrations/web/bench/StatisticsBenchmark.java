package org.eregistrations.web.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eregistrations.web.supervise.WorkingClocks;
import org.eregistrations.web.testing.DecidedFiles;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The statistics on a year of 100 000 files worked to their end ({@link DecidedFiles}: about 2.3 million events): the
 * page for the year grouped by month, and its CSV of files over time and of steps, each asked by two statisticians at
 * once over loopback. Writes {@code web/target/benchmarks/statistics.txt}; the number of files can be lowered for a
 * quick try with {@code -Dstatistics.files=5000}:
 *
 * <pre>
 * ./mvnw -B -pl web -am test -Dtest=StatisticsBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class StatisticsBenchmark {
    private static final Logger LOG = Logger.getLogger(StatisticsBenchmark.class);
    private static final int FILES = Integer.getInteger("statistics.files", 100_000);
    private static final int READERS = 2;
    private static final int WARMUP = 3;
    private static final int REQUESTS = 20;
    private static final String YEAR = "from=2024-01-01&to=2024-12-31&group=month";

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WorkingClocks clocks;

    @Test
    void aYearOfStatisticsOnAHundredThousandFiles() throws Exception {
        long start = System.nanoTime();
        DecidedFiles.insert(
                dataSource,
                FILES,
                2024,
                LocalDate.of(2024, 1, 1)
                        .atStartOfDay(ZoneId.of("America/El_Salvador"))
                        .toInstant());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze file, file_event, file_statistic, decision_time");
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        List<LoadOfficer> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            readers.add(new LoadOfficer(base, "statistics"));
        }
        // the first page after a bulk load digests every day of it (the day digests' mark starts at the first event)
        double firstPage = readers.get(0).timed("statistics?" + YEAR, "Files over time") / 1e6;
        List<LoadRun.Call<LoadOfficer>> calls = List.of(
                (reader, i) -> reader.timed("statistics?" + YEAR, "Files over time"),
                (reader, i) -> reader.timed("statistics/over-time.csv?" + YEAR, "2024-12-01,"),
                (reader, i) -> reader.timed("statistics/steps.csv?" + YEAR, "Trader licence,Review,trade,"),
                (reader, i) -> reader.timed("css/site.css", "body"));
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<LoadRun> runs = new ArrayList<>();
            String statements = "";
            for (LoadRun.Call<LoadOfficer> call : calls) {
                LoadRun.measure(pool, readers, call, 0, WARMUP);
                StatementTimes.reset(dataSource);
                runs.add(LoadRun.measure(pool, readers, call, WARMUP, REQUESTS));
                if (runs.size() == 1) {
                    statements = StatementTimes.top(dataSource, READERS * REQUESTS);
                }
            }
            long rebuild = System.nanoTime();
            clocks.rebuild(); // every decision's working time read again
            double rebuildMillis = (System.nanoTime() - rebuild) / 1e6;
            String report = String.format(
                            Locale.ROOT,
                            "%nStatisticsBenchmark: %d files with their events inserted in %.1f s; %d readers at once,"
                                    + " %d requests each, loopback, %d cores%n",
                            FILES,
                            loadSeconds,
                            READERS,
                            REQUESTS,
                            Runtime.getRuntime().availableProcessors())
                    + runs.get(0).line("page, a year by month:")
                    + runs.get(1).line("CSV, files over time:")
                    + runs.get(2).line("CSV, steps:")
                    + runs.get(3).line("static file /css/site.css:")
                    + String.format(
                            Locale.ROOT,
                            "  first page after the load (digests the year's days): %.0f ms%n"
                                    + "  working hours changed (every decision's time read again): %.0f ms%n",
                            firstPage,
                            rebuildMillis)
                    + "  database, page:\n"
                    + statements;
            Path out = Path.of("target/benchmarks/statistics.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            LOG.info(report);
            HeldDatabase.hold("statistics.hold");
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.eregistrations.web.bench;

import static org.eregistrations.web.testing.FileApi.officer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.FileApi;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Officers' pages on a database of 100 000 files ({@link QueueFiles}) under 20 concurrent officers: the first page of
 * a step's queue, a search by a part of the applicant's name, a search by file number (both in the step's tab
 * <em>All</em>, over every sent file), and a file's review page, next to a static file served by the same server in
 * the same run, over loopback with one keep-alive connection per officer. Writes
 * {@code web/target/benchmarks/queue.txt}:
 *
 * <pre>
 * ./mvnw -B -pl web -am test -Dtest=QueueBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class QueueBenchmark {
    private static final Logger LOG = Logger.getLogger(QueueBenchmark.class);
    private static final int FILES = 100_000;
    private static final int OWNERS = 2_000;
    private static final int OFFICERS = 20;
    private static final int WARMUP = 30;
    private static final int REQUESTS = 100;
    private static final String QUEUE = "work/company-registration/revision";
    private static final String LISTED = "href=\"/work/files/";
    private static final List<String> NAME_PARTS =
            List.of("ernánd", "GONZ", "amírez", "ópez", "artín", "Ortiz", "sofía p", "quiñó", "Luz", "ejía");
    private static final String[] STEP_ROLES = {
        "frontDesk",
        "registryOfficer",
        "taxOfficer",
        "socialSecurityOfficer",
        "municipalOfficer",
        "licensingOfficer",
        "licensingManager",
        "marketInspector",
        "healthInspector",
        "marketsManager"
    };

    private static final List<String> KINDS =
            List.of("queue", "search by applicant", "search by number", "review page", "static file");

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void queuesSearchesAndReviewsOnAHundredThousandFilesNextToAStaticFile() throws Exception {
        String run = "qb" + UUID.randomUUID().toString().substring(0, 6);
        List<String> reviewed = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            reviewed.add(FileApi.sentTraderLicence("ana"));
        }
        long start = System.nanoTime();
        QueueFiles.insert(dataSource, run, FILES, OWNERS);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        HeldDatabase.hold("queue.hold");
        List<Long> numbers = QueueFiles.numbers(dataSource, "company-registration", 500);
        List<LoadOfficer> officers = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            String user = run + "-officer-" + i;
            officer(accounts, user, null, STEP_ROLES);
            officers.add(new LoadOfficer(base, user));
        }
        List<LoadRun.Call<LoadOfficer>> calls = List.of(
                (officer, i) -> officer.timed(QUEUE, LISTED),
                (officer, i) ->
                        officer.timed(QUEUE + "?tab=all&q=" + encode(NAME_PARTS.get(i % NAME_PARTS.size())), LISTED),
                (officer, i) -> officer.timed(
                        QUEUE + "?tab=all&q=" + numbers.get((i * 7 + officers.indexOf(officer)) % numbers.size()),
                        LISTED),
                (officer, i) -> officer.timed("work/files/" + reviewed.get(officers.indexOf(officer)), "Marta Ruiz"),
                (officer, i) -> officer.timed("css/site.css", "body"));
        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
        try {
            WarmUp warmUp = new WarmUp();
            int measuredFrom = warmUp.run(pool, officers, calls, WARMUP);
            LoadOfficer first = officers.get(0);
            LOG.infof(
                    "page sizes: queue %d, search %d, review %d chars",
                    first.body(QUEUE).length(),
                    first.body(QUEUE + "?tab=all&q=" + encode(NAME_PARTS.get(0)))
                            .length(),
                    first.body("work/files/" + reviewed.get(0)).length());
            List<LoadRun> runs = new ArrayList<>();
            StringBuilder statements = new StringBuilder();
            for (LoadRun.Call<LoadOfficer> call : calls) {
                StatementTimes.reset(dataSource);
                runs.add(Profiled.run(
                        KINDS.get(runs.size()), () -> LoadRun.measure(pool, officers, call, measuredFrom, REQUESTS)));
                statements
                        .append("  database, ")
                        .append(KINDS.get(runs.size() - 1))
                        .append(":\n")
                        .append(StatementTimes.top(dataSource, OFFICERS * REQUESTS));
            }
            report(loadSeconds, runs, warmUp.summary() + statements);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(double loadSeconds, List<LoadRun> runs, String statements) throws Exception {
        LoadRun file = runs.get(4);
        String report = String.format(
                        Locale.ROOT,
                        "%nQueueBenchmark: %d files inserted in %.1f s; %d concurrent officers, %d requests each,"
                                + " loopback, %d cores%n",
                        FILES,
                        loadSeconds,
                        OFFICERS,
                        REQUESTS,
                        Runtime.getRuntime().availableProcessors())
                + runs.get(0).line("queue, first page (company revision):")
                + runs.get(1).line("search by applicant, tab All:")
                + runs.get(2).line("search by file number, tab All:")
                + runs.get(3).line("review page /work/files/{id}:")
                + file.line("static file /css/site.css:")
                + runs.get(0).ratio("queue", file)
                + runs.get(1).ratio("applicant", file)
                + runs.get(2).ratio("number", file)
                + runs.get(3).ratio("review", file)
                + statements;
        Path out = Path.of("target/benchmarks/queue.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        LOG.info(report);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package org.eregistrations.web.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Roles;
import org.eregistrations.web.testing.FileApi;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The mixed workload without faults for a fixed time: 20 investors working their company registrations in the pages
 * (live guide updates, data-form updates, My files, the file's documents tab) and 2 officers reading the revision
 * queue and a file's review page, every client also asking for the static stylesheet in turn, all at once. Prints
 * throughput and p50/p99 per request kind and each kind's p99 against the static file's, and writes
 * {@code web/target/benchmarks/mixed-load.txt}:
 *
 * <pre>
 * ./mvnw -B -pl web -am test -Dtest=MixedLoadBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dload.seconds=60]
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class MixedLoadBenchmark {
    private static final Logger LOG = Logger.getLogger(MixedLoadBenchmark.class);
    private static final int INVESTORS = 20;
    private static final String STATIC = "static /css/site.css";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();

    @Test
    void mixedWorkloadNextToAStaticFile() throws Exception {
        long seconds = Long.getLong("load.seconds", 60);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<LoadInvestor> investors = new ArrayList<>();
        for (int i = 0; i < INVESTORS; i++) {
            String user = "mixed-" + run + "-" + i;
            String hash = new String(
                    at.favre.lib.crypto.bcrypt.BCrypt.withDefaults().hash(4, (user + "-password").toCharArray()),
                    StandardCharsets.UTF_8);
            accounts.createConfirmed(user, user + "@example.com", user, hash, List.of(Roles.INVESTOR), null, false);
            investors.add(new LoadInvestor(base, user));
        }
        String sent = FileApi.sentCompanyRegistration("ana");
        List<LoadOfficer> officers = List.of(new LoadOfficer(base, "clerk"), new LoadOfficer(base, "registrar"));
        ExecutorService pool = Executors.newFixedThreadPool(INVESTORS + officers.size());
        try {
            // warm-up, then the measured run
            load(pool, investors, officers, sent, 15);
            times.clear();
            long start = System.nanoTime();
            load(pool, investors, officers, sent, seconds);
            double wall = (System.nanoTime() - start) / 1e9;
            String report = report(wall);
            Path out = Path.of("target/benchmarks/mixed-load.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            LOG.info(report);
        } finally {
            pool.shutdownNow();
        }
    }

    private void load(
            ExecutorService pool, List<LoadInvestor> investors, List<LoadOfficer> officers, String sent, long seconds)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (LoadInvestor investor : investors) {
            running.add(pool.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    switch (i % 5) {
                        case 0 -> record("investor: live guide update", investor.updateGuide(i));
                        case 1 -> record("investor: data-form update", investor.updateData(i));
                        case 2 -> record("investor: My files page", investor.page("files", "</table>"));
                        case 3 -> record("investor: documents tab", investor.page("files/{file}/documents", "<form"));
                        default -> record(STATIC, investor.staticFile());
                    }
                }
                return null;
            }));
        }
        for (LoadOfficer officer : officers) {
            running.add(pool.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    if (i % 2 == 0) {
                        record(
                                "officer: revision queue",
                                officer.timed("work/company-registration/revision", "<table"));
                    } else {
                        record("officer: review page", officer.timed("work/files/" + sent, "revision"));
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
    }

    private void record(String kind, long nanos) {
        times.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    private String report(double wall) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nMixedLoadBenchmark: %d investors and 2 officers for %.0f s, loopback, %d cores%n",
                INVESTORS,
                wall,
                Runtime.getRuntime().availableProcessors()));
        double staticP99 = percentile(times.get(STATIC), 99);
        new TreeMap<>(times)
                .forEach((kind, all) -> out.append(String.format(
                        Locale.ROOT,
                        "  %-32s %6d  %6.1f /s  p50 %7.2f ms  p99 %7.2f ms  p99/static %5.1fx%n",
                        kind,
                        all.size(),
                        all.size() / wall,
                        percentile(all, 50),
                        percentile(all, 99),
                        percentile(all, 99) / staticP99)));
        return out.toString();
    }

    private static double percentile(ConcurrentLinkedQueue<Long> values, int p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1_000_000.0;
    }
}

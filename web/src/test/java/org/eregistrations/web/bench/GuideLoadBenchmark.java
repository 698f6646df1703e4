package org.eregistrations.web.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Roles;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Server time of live updates under 20 concurrent investors — a guide update (htmx POST of changed answers: validate,
 * append the events, derive with the company service's rules, render the results) and a data-form update (the whole
 * form posted, one field changed) — next to a static file served by the same server in the same run, over loopback
 * with one keep-alive connection per investor. Also the process CPU time per request (client threads included, so
 * the static file's figure is the floor). Writes {@code web/target/benchmarks/guide-load.txt}:
 *
 * <pre>
 * ./mvnw -B -pl web -am test -Dtest=GuideLoadBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class GuideLoadBenchmark {
    private static final Logger LOG = Logger.getLogger(GuideLoadBenchmark.class);
    private static final int INVESTORS = 20;
    private static final int WARMUP = 50;
    private static final int REQUESTS = 150;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    @FunctionalInterface
    private interface Call {
        long run(LoadInvestor investor, int i) throws Exception;
    }

    /** The requests of one kind: each one's time at the client, the wall time and the process CPU time of all. */
    private record Run(long[] nanos, long wallNanos, long cpuNanos) {
        double percentile(int p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1_000_000.0;
        }

        double perSecond() {
            return nanos.length / (wallNanos / 1e9);
        }

        double cpuMillisEach() {
            return cpuNanos / 1e6 / nanos.length;
        }

        String line(String what) {
            return String.format(
                    Locale.ROOT,
                    "  %-42s p50 %7.2f ms  p99 %7.2f ms  %7.0f /s  CPU %5.2f ms each%n",
                    what,
                    percentile(50),
                    percentile(99),
                    perSecond(),
                    cpuMillisEach());
        }

        String ratio(String what, Run base) {
            return String.format(
                    Locale.ROOT,
                    "  %-42s p50 %.1fx   p99 %.1fx%n",
                    "ratio " + what + "/static:",
                    percentile(50) / base.percentile(50),
                    percentile(99) / base.percentile(99));
        }
    }

    @Test
    void liveGuideUpdatesNextToAStaticFile() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<LoadInvestor> investors = new ArrayList<>();
        for (int i = 0; i < INVESTORS; i++) {
            String user = "load-" + run + "-" + i;
            String hash = new String(
                    at.favre.lib.crypto.bcrypt.BCrypt.withDefaults().hash(4, (user + "-password").toCharArray()),
                    StandardCharsets.UTF_8);
            accounts.createConfirmed(user, user + "@example.com", user, hash, List.of(Roles.INVESTOR), null, false);
            investors.add(new LoadInvestor(base, user));
        }
        ExecutorService pool = Executors.newFixedThreadPool(INVESTORS);
        try {
            measure(pool, investors, LoadInvestor::updateGuide, 0, WARMUP);
            measure(pool, investors, LoadInvestor::updateData, 0, WARMUP);
            measure(pool, investors, (investor, i) -> investor.staticFile(), 0, WARMUP);
            Run guide = measure(pool, investors, LoadInvestor::updateGuide, WARMUP, REQUESTS);
            Run data = measure(pool, investors, LoadInvestor::updateData, WARMUP, REQUESTS);
            Run file = measure(pool, investors, (investor, i) -> investor.staticFile(), 0, REQUESTS);
            String report = String.format(
                            Locale.ROOT,
                            "%nGuideLoadBenchmark: %d concurrent investors, %d requests each, loopback, %d cores%n",
                            INVESTORS,
                            REQUESTS,
                            Runtime.getRuntime().availableProcessors())
                    + guide.line("live guide update (company-registration):")
                    + data.line("data-form update (company-registration):")
                    + file.line("static file /css/site.css:")
                    + guide.ratio("guide", file)
                    + data.ratio("data", file);
            Path out = Path.of("target/benchmarks/guide-load.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            LOG.info(report);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every investor makes its requests at once, numbered from {@code first}. */
    private static Run measure(ExecutorService pool, List<LoadInvestor> investors, Call call, int first, int requests)
            throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (LoadInvestor investor : investors) {
            Callable<long[]> task = () -> {
                long[] times = new long[requests];
                for (int i = 0; i < requests; i++) {
                    times[i] = call.run(investor, first + i);
                }
                return times;
            };
            futures.add(pool.submit(task));
        }
        long[] all = new long[0];
        for (Future<long[]> future : futures) {
            long[] times = future.get();
            long[] joined = Arrays.copyOf(all, all.length + times.length);
            System.arraycopy(times, 0, joined, all.length, times.length);
            all = joined;
        }
        return new Run(all, System.nanoTime() - start, os.getProcessCpuTime() - cpu);
    }
}

package org.eregistrations.web.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The requests of one kind in a load benchmark, every client making its own at once: each one's time at the client,
 * the wall time and the process CPU time of all (client threads included, so a static file's figure is the floor).
 */
record LoadRun(long[] nanos, long wallNanos, long cpuNanos) {
    /** One request of a client, numbered; returns its time in nanoseconds. */
    @FunctionalInterface
    interface Call<C> {
        long run(C client, int i) throws Exception;
    }

    /** Every client makes {@code requests} requests at once, numbered from {@code first}. */
    static <C> LoadRun measure(ExecutorService pool, List<C> clients, Call<C> call, int first, int requests)
            throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (C client : clients) {
            Callable<long[]> task = () -> {
                long[] times = new long[requests];
                for (int i = 0; i < requests; i++) {
                    times[i] = call.run(client, first + i);
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
        return new LoadRun(all, System.nanoTime() - start, os.getProcessCpuTime() - cpu);
    }

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

    String ratio(String what, LoadRun base) {
        return String.format(
                Locale.ROOT,
                "  %-42s p50 %.1fx   p99 %.1fx%n",
                "ratio " + what + "/static:",
                percentile(50) / base.percentile(50),
                percentile(99) / base.percentile(99));
    }
}

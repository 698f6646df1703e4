package org.eregistrations.web.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javax.management.ObjectName;
import org.jboss.logging.Logger;

/**
 * The warm-up of a load benchmark: rounds of every kind of request until the JIT has compiled what the requests run.
 *
 * <p>On two cores kept busy by 20 clients, the JIT's compiler threads get a small share of the CPU: methods wait in C2's
 * queue for minutes (90 of them after a minute of the guide benchmark) while they run in slower code, some of them
 * interpreted (docs/benchmarks.md, "Where the queue page's CPU went"). A fixed number of warm-up requests then
 * measures how long this JVM takes to warm up under saturation, not what a request costs a server that has run for a
 * while. So the warm-up first runs rounds with {@link #FEW} clients, which leave the compiler a core, until the
 * compile queues are (nearly) empty and a round's compilation is under {@link #SETTLED} of its wall time; then rounds
 * with every client, under the same condition, for what only concurrency reaches (contended locks, other pools).
 * Each round is written to the log and to {@link #summary()}, with the compiler threads' CPU time (Linux's
 * {@code /proc}) and the queues' lengths (the {@code Compiler.queue} diagnostic command).
 */
final class WarmUp {
    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    static final int FEW = 2;
    static final double SETTLED = 0.25;
    static final int QUEUED = 5;
    static final int MIN_ROUNDS = 2;
    static final int MAX_ROUNDS_FEW = 30;
    static final int MAX_ROUNDS_ALL = 6;

    private final StringBuilder rounds = new StringBuilder();
    private int next;

    /**
     * Warms the JIT up with the calls, {@code requests} requests of each per client and round; returns the number of
     * the first request not yet made, for the measured phase to start from.
     */
    <C> int run(ExecutorService pool, List<C> clients, List<LoadRun.Call<C>> calls, int requests) throws Exception {
        List<C> few = clients.subList(0, Math.min(FEW, clients.size()));
        settle("few clients", pool, few, calls, requests * clients.size() / few.size() / 2, MAX_ROUNDS_FEW);
        settle("all clients", pool, clients, calls, requests, MAX_ROUNDS_ALL);
        return next;
    }

    private <C> void settle(
            String who, ExecutorService pool, List<C> clients, List<LoadRun.Call<C>> calls, int requests, int maxRounds)
            throws Exception {
        for (int round = 1; round <= maxRounds; round++) {
            double compilerCpu = compilerCpuSeconds();
            long start = System.nanoTime();
            double perSecond = 0;
            for (LoadRun.Call<C> call : calls) {
                perSecond +=
                        LoadRun.measure(pool, clients, call, next, requests).perSecond();
            }
            next += requests;
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            double compiling = compilerCpuSeconds() - compilerCpu;
            int[] queues = compileQueues();
            String line = String.format(
                    Locale.ROOT,
                    "  warm-up, %s, round %2d: %5.1f s, compiler CPU %4.1f s, queued C1 %3d C2 %3d,"
                            + " requests per second (sum of kinds) %.0f%n",
                    who,
                    round,
                    wallSeconds,
                    compiling,
                    queues[0],
                    queues[1],
                    perSecond);
            rounds.append(line);
            LOG.info(line.strip());
            if (round >= MIN_ROUNDS && queues[0] + queues[1] <= QUEUED && compiling < SETTLED * wallSeconds) {
                return;
            }
        }
    }

    /** The CPU seconds the JIT's compiler threads have used, from Linux's {@code /proc} (0 elsewhere). */
    static double compilerCpuSeconds() {
        double ticks = 0;
        File[] tasks = new File("/proc/self/task").listFiles();
        for (File task : tasks == null ? new File[0] : tasks) {
            try {
                if (Files.readString(task.toPath().resolve("comm")).contains("CompilerThre")) {
                    String stat = Files.readString(task.toPath().resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            } catch (IOException | RuntimeException gone) {
                // a thread that ended while being read
            }
        }
        return ticks / 100.0;
    }

    /** How many methods wait in the JIT's queues (C1 and C2), from the {@code Compiler.queue} diagnostic command. */
    static int[] compileQueues() throws Exception {
        String queue = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerQueue",
                        new Object[] {null},
                        new String[] {String[].class.getName()});
        int[] sizes = new int[2];
        int current = -1;
        for (String line : queue.split("\n")) {
            if (line.startsWith("C1 compile queue")) {
                current = 0;
            } else if (line.startsWith("C2 compile queue")) {
                current = 1;
            } else if (current >= 0 && !line.isBlank() && !line.equals("Empty")) {
                sizes[current]++;
            }
        }
        return sizes;
    }

    /** One line per round, for the report. */
    String summary() {
        return rounds.toString();
    }
}

package org.eregistrations.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.LiveDerivation;
import org.eregistrations.engine.ruleset.RuleSet;

/**
 * The live derivation of G(N) measured by the CPU time of the thread that derives (and the bytes it allocates) rather
 * than by wall time, for a machine shared with other work: another process's load stretches wall time, far less this
 * thread's own CPU time. Each round runs whole periods of the workload ({@link GeneratedService#cycle()}, the same
 * steps as {@link Report}'s) for the given seconds after a warm-up.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.eregistrations.benchmarks.LiveCpuTime [--n 10,100,1000]
 *     [--seconds 5] [--warmup-seconds 4] [--rounds 3]
 * </pre>
 */
public final class LiveCpuTime {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private LiveCpuTime() {}

    public static void main(String[] args) {
        String sizes = "10,100,1000";
        int seconds = 5;
        int warmupSeconds = 4;
        int rounds = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--n" -> sizes = args[i + 1];
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        for (String size : sizes.split(",")) {
            GeneratedService service = GeneratedService.of(Integer.parseInt(size.strip()));
            RuleSet ruleSet = service.compile();
            List<FileValues> cycle = service.cycle();
            try (LiveDerivation live = ruleSet.openLive()) {
                live.derive(service.initialValues());
                derive(live, cycle, warmupSeconds);
                for (int round = 0; round < rounds; round++) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long allocated = THREADS.getCurrentThreadAllocatedBytes();
                    long start = System.nanoTime();
                    long derivations = derive(live, cycle, seconds);
                    System.out.printf(
                            Locale.ROOT,
                            "G(%d) live: CPU %.1f µs, wall %.1f µs, %.1f KB allocated per derivation (%d); load %s%n",
                            service.n(),
                            (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / derivations,
                            (System.nanoTime() - start) / 1e3 / derivations,
                            (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / derivations,
                            derivations,
                            CompileTime.loadAverage());
                }
            }
        }
    }

    /** Derives whole periods of the workload for at least {@code seconds}; returns how many derivations it made. */
    private static long derive(LiveDerivation live, List<FileValues> cycle, int seconds) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        long derivations = 0;
        while (System.nanoTime() < until) {
            for (FileValues values : cycle) {
                GSets.of(live.derive(values));
            }
            derivations += cycle.size();
        }
        return derivations;
    }
}

package org.eregistrations.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eregistrations.engine.sandbox.RuleSandbox;

/**
 * Warm compile time of G(N) without JMH: per N, the median of the whole compile ({@link GeneratedService#compile()})
 * and of the rule sandbox's pass alone ({@link RuleSandbox#check}), measured in one loop after warm-up compiles. The
 * CPU time the process spent during each (all its threads: a large file is checked in parts at once, rules are built
 * in parallel) is given too: on a machine shared with other work it says more than the wall time.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.eregistrations.benchmarks.CompileTime [--n 100,1000] [--warmups 3]
 *     [--runs 7]
 * </pre>
 */
public final class CompileTime {
    private static final OperatingSystemMXBean SYSTEM =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CompileTime() {}

    public static void main(String[] args) {
        String sizes = "100,1000";
        int warmups = 3;
        int runs = 7;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--n" -> sizes = args[i + 1];
                case "--warmups" -> warmups = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        for (String size : sizes.split(",")) {
            GeneratedService service = GeneratedService.of(Integer.parseInt(size.strip()));
            for (int i = 0; i < warmups; i++) {
                service.compile();
            }
            List<Long> whole = new ArrayList<>();
            List<Long> wholeCpu = new ArrayList<>();
            List<Long> sandbox = new ArrayList<>();
            List<Long> sandboxCpu = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                long cpu = SYSTEM.getProcessCpuTime();
                service.compile();
                whole.add((System.nanoTime() - start) / 1_000_000);
                wholeCpu.add((SYSTEM.getProcessCpuTime() - cpu) / 1_000_000);
                start = System.nanoTime();
                cpu = SYSTEM.getProcessCpuTime();
                if (!RuleSandbox.check(GeneratedService.RULES_PATH, service.drl())
                        .isEmpty()) {
                    throw new IllegalStateException("the sandbox refused G(" + service.n() + ")");
                }
                sandbox.add((System.nanoTime() - start) / 1_000_000);
                sandboxCpu.add((SYSTEM.getProcessCpuTime() - cpu) / 1_000_000);
            }
            System.out.printf(
                    "G(%d): compile ms %s median %d, CPU ms median %d; sandbox ms %s median %d, CPU ms median %d;"
                            + " load %s%n",
                    service.n(),
                    whole,
                    median(whole),
                    median(wholeCpu),
                    sandbox,
                    median(sandbox),
                    median(sandboxCpu),
                    loadAverage());
        }
    }

    /** The 1, 5 and 15 minute load averages, or "?" where the system does not tell them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}

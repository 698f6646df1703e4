package org.eregistrations.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.RuleSet;

/**
 * One-command figures without JMH: for each N, the warm compile time of G(N) and the M-step workload run stateless,
 * live and in plain Java, with derivations per second, p50/p99 latency, the ratio to plain Java and the checksums.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.eregistrations.benchmarks.Report [--n 10,100,1000] [--steps 1000]
 *         [--warmups 3] [--warmup-seconds 5] [--compiles 5]
 * }</pre>
 */
public final class Report {
    private Report() {}

    /**
     * What to run: the sizes N, the steps M per run, the warm-up runs before measuring (at least {@code warmups} runs
     * and {@code warmupSeconds} seconds), the compiles per N.
     */
    record Options(int[] sizes, int steps, int warmups, int warmupSeconds, int compiles) {
        static Options parse(String[] args) {
            int[] sizes = {10, 100, 1000};
            int steps = 1000;
            int warmups = 3;
            int warmupSeconds = 5;
            int compiles = 5;
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--n" -> sizes = Arrays.stream(value.split(","))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                    case "--steps" -> steps = Integer.parseInt(value);
                    case "--warmups" -> warmups = Integer.parseInt(value);
                    case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(value);
                    case "--compiles" -> compiles = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("options come in pairs: --n 10,100 --steps 1000 ...");
            }
            return new Options(sizes, steps, warmups, warmupSeconds, compiles);
        }
    }

    /** The latencies of the M measured steps of one run, sorted, and the run's checksum. */
    record Run(long[] sortedNanos, BigDecimal checksum) {
        double perSecond() {
            return sortedNanos.length / (Arrays.stream(sortedNanos).sum() / 1e9);
        }

        double meanMicros() {
            return Arrays.stream(sortedNanos).average().orElse(0) / 1e3;
        }

        double percentileMicros(double p) {
            int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
            return sortedNanos[Math.max(0, rank - 1)] / 1e3;
        }
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        System.out.printf(
                Locale.ROOT,
                "G(N) report, %s, %d cores, Java %s%nworkload: M = %d steps per run after at least %d warm-up runs "
                        + "and %d s; compile: %d times per N%n",
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                options.steps(),
                options.warmups(),
                options.warmupSeconds(),
                options.compiles());
        boolean agree = true;
        for (int n : options.sizes()) {
            agree &= report(GeneratedService.of(n), options);
        }
        if (!agree) {
            System.out.println("CHECKSUMS DIFFER");
            System.exit(1);
        }
    }

    private static boolean report(GeneratedService service, Options options) {
        List<Long> compileMillis = new ArrayList<>();
        RuleSet ruleSet = null;
        for (int i = 0; i < options.compiles(); i++) {
            long start = System.nanoTime();
            ruleSet = service.compile();
            compileMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = compileMillis.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "%nG(%d): %d rules, compile ms (first .. last) %s, median %d, last %d%n",
                service.n(),
                service.ruleCount(),
                compileMillis,
                sorted.get(sorted.size() / 2),
                compileMillis.get(compileMillis.size() - 1));
        Map<Deriver.Implementation, Run> runs = new EnumMap<>(Deriver.Implementation.class);
        for (Deriver.Implementation implementation : Deriver.Implementation.values()) {
            try (Deriver deriver = Deriver.open(implementation, service, ruleSet)) {
                runs.put(implementation, measure(service, deriver, options));
            }
        }
        return print(service, runs);
    }

    private static Run measure(GeneratedService service, Deriver deriver, Options options) {
        long warmUntil = System.nanoTime() + options.warmupSeconds() * 1_000_000_000L;
        for (int i = 0; i < options.warmups() || System.nanoTime() < warmUntil; i++) {
            run(service, deriver, options.steps());
        }
        return run(service, deriver, options.steps());
    }

    /** The workload from the initial values, which are derived first without being timed. */
    private static Run run(GeneratedService service, Deriver deriver, int steps) {
        long[] nanos = new long[steps];
        BigDecimal checksum = BigDecimal.ZERO;
        FileValues values = service.initialValues();
        deriver.derive(values);
        for (int k = 0; k < steps; k++) {
            values = service.step(values, k);
            long start = System.nanoTime();
            GSets sets = deriver.derive(values);
            nanos[k] = System.nanoTime() - start;
            checksum = checksum.add(sets.checksumTerm());
        }
        Arrays.sort(nanos);
        return new Run(nanos, checksum);
    }

    private static boolean print(GeneratedService service, Map<Deriver.Implementation, Run> runs) {
        Run plain = runs.get(Deriver.Implementation.PLAIN_JAVA);
        System.out.println(
                "| N | implementation | derivations/s | p50 µs | p99 µs | mean µs | × plain Java | checksum |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        runs.forEach((implementation, run) -> System.out.printf(
                Locale.ROOT,
                "| %d | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %s |%n",
                service.n(),
                implementation.label(),
                run.perSecond(),
                run.percentileMicros(50),
                run.percentileMicros(99),
                run.meanMicros(),
                run.meanMicros() / plain.meanMicros(),
                run.checksum().toPlainString()));
        boolean agree = runs.values().stream().allMatch(run -> run.checksum().compareTo(plain.checksum()) == 0);
        System.out.printf(
                Locale.ROOT,
                "checksum G(%d), M steps: engine %s %s plain Java %s%n",
                service.n(),
                runs.get(Deriver.Implementation.STATELESS).checksum().toPlainString(),
                agree ? "==" : "!=",
                plain.checksum().toPlainString());
        return agree;
    }
}

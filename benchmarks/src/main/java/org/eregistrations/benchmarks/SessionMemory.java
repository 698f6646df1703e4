package org.eregistrations.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.bundle.CompiledBundle;
import org.eregistrations.config.bundle.ServiceBundle;
import org.eregistrations.config.scenario.Scenario;
import org.eregistrations.config.scenario.ScenarioReader;
import org.eregistrations.config.yaml.Problems;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.LiveDerivation;
import org.eregistrations.engine.ruleset.RuleSet;
import org.openjdk.jol.info.GraphLayout;

/**
 * The memory one open guide holds: the retained bytes of one {@link LiveDerivation} after its first derivation, for a
 * shipped bundle (its scenario with the most values) and for G(N) (its initial values). Two methods: JOL's object graph
 * of the session minus that of its {@link RuleSet} (the KieBase and catalogue every session shares), and the growth of
 * the heap after a full GC when {@code sessions} more are opened, divided by their number. JOL needs
 * {@code -Djdk.attach.allowAttachSelf -Djol.magicFieldOffset=true} (records) and a young generation that the walks fit
 * in ({@code -Xmn4g}); when a GC runs during every walk (G(1000)), only the heap growth is given.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.eregistrations.benchmarks.SessionMemory \
 *         [--bundle rules/company-registration] [--n 100,1000] [--sessions 50]
 * }</pre>
 */
public final class SessionMemory {
    private SessionMemory() {}

    public static void main(String[] args) throws Exception {
        String bundle = "rules/company-registration";
        String sizes = "100,1000";
        int sessions = 50;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--bundle" -> bundle = args[i + 1];
                case "--n" -> sizes = args[i + 1];
                case "--sessions" -> sessions = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println("| service | facts of the file | JOL: session − ruleset | heap growth per session |");
        System.out.println("|---|---:|---:|---:|");
        Path folder = Path.of(bundle);
        CompiledBundle compiled = new BundleCompiler().compile(folder);
        RuleSet company = compiled.ruleSet().orElseThrow(() -> new IllegalStateException(folder + " does not compile"));
        measure(company.serviceId(), company, richestScenario(compiled.bundle().orElseThrow()), sessions);
        for (String n : sizes.split(",")) {
            GeneratedService g = GeneratedService.of(Integer.parseInt(n));
            measure("G(" + n + ")", g.compile(), g.initialValues(), Math.max(5, sessions / Integer.parseInt(n) * 10));
        }
    }

    private static FileValues richestScenario(ServiceBundle bundle) {
        ScenarioReader reader = new ScenarioReader(bundle.catalogue(), new Problems());
        return bundle.scenarios().stream()
                .flatMap(file -> reader.read(file.path(), file.root()).stream())
                .map(Scenario::given)
                .max(Comparator.comparingInt(values -> values.facts().size()))
                .orElse(FileValues.empty());
    }

    private static void measure(String name, RuleSet ruleSet, FileValues values, int sessions) {
        Optional<GraphLayout> layout = jolRetained(ruleSet, values);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %s | %s |%n",
                name,
                values.facts().size(),
                layout.map(retained -> kilobytes(retained.totalSize())).orElse("a GC ran during every walk"),
                kilobytes(heapGrowth(ruleSet, values, sessions)));
        layout.ifPresent(SessionMemory::printLargestClasses);
    }

    private static void printLargestClasses(GraphLayout retained) {
        String largest = retained.getClasses().stream()
                .sorted(Comparator.comparingLong(
                                (Class<?> type) -> retained.getClassSizes().count(type))
                        .reversed())
                .limit(6)
                .map(type -> type.getSimpleName() + " "
                        + kilobytes(retained.getClassSizes().count(type)))
                .collect(Collectors.joining(", "));
        System.out.println("|   largest classes: " + largest + " | | | |");
    }

    /**
     * The session's object graph less everything its ruleset reached before the session was opened (a KieBase knows
     * its sessions); JOL compares addresses, so this is repeated until no GC ran between the two walks.
     */
    private static Optional<GraphLayout> jolRetained(RuleSet ruleSet, FileValues values) {
        // a first session builds what the KieBase creates lazily and then shares (node memory prototypes, MVEL code)
        try (LiveDerivation first = ruleSet.openLive()) {
            first.derive(values);
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            System.gc();
            long collections = collections();
            GraphLayout shared = GraphLayout.parseInstance(ruleSet);
            try (LiveDerivation live = ruleSet.openLive()) {
                live.derive(values);
                GraphLayout session = GraphLayout.parseInstance(live);
                if (collections() == collections) {
                    return Optional.of(session.subtract(shared));
                }
            }
        }
        return Optional.empty();
    }

    private static long heapGrowth(RuleSet ruleSet, FileValues values, int sessions) {
        List<LiveDerivation> open = new ArrayList<>();
        long before = usedAfterGc();
        for (int i = 0; i < sessions; i++) {
            LiveDerivation live = ruleSet.openLive();
            live.derive(values);
            open.add(live);
        }
        long after = usedAfterGc();
        open.forEach(LiveDerivation::close);
        return (after - before) / sessions;
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}

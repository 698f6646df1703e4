package org.eregistrations.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eregistrations.benchmarks.GeneratedBundle;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileService;
import org.eregistrations.web.services.BundleFiles;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.RuleSetVersions.Attempt;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time from a changed bundle to active, by stage, for the shipped services and G(100)/G(1000); and guide latency
 * during swaps next to without (docs/benchmarks.md). Not part of the normal build: run with
 * {@code ./mvnw -B -pl web -am test -Dtest=ActivationBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. Writes {@code web/target/benchmarks/activation.txt}.
 */
@QuarkusTest
@Tag("benchmark")
class ActivationBenchmark {
    private static final Logger LOG = Logger.getLogger(ActivationBenchmark.class);
    private static final int ACTIVATIONS = 4;
    private static final long LOAD_MILLIS = 8_000;

    @Inject
    PublishedServices services;

    @Inject
    FileService files;

    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        line(
                "activation and swap, %d cores; median of %d activations of a changed bundle after one warm-up",
                Runtime.getRuntime().availableProcessors(), ACTIVATIONS);
        line("%-22s %8s %8s %8s %8s", "bundle", "compile+", "scenar.", "store+", "total ms");
        line("%-22s %8s %8s %8s %8s", "", "validate", "", "swap", "");
        for (String shipped : List.of("company-registration", "trader-licence", "market-stall-permit")) {
            activations(shipped, revision -> changed(Path.of("../rules", shipped), revision));
        }
        for (int n : new int[] {100, 1000}) {
            activations("G(" + n + ")", revision -> GeneratedBundle.write(n, revision, Files.createTempDirectory("g")));
        }
        guideLatencyDuringSwaps();
        Path out = Path.of("target/benchmarks/activation.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private interface BundleMaker {
        Path make(int revision) throws Exception;
    }

    private void activations(String name, BundleMaker maker) throws Exception {
        services.activateAndWait(BundleFiles.fromFolder(maker.make(0)), "bench");
        long[][] stages = new long[4][ACTIVATIONS];
        for (int i = 0; i < ACTIVATIONS; i++) {
            BundleFiles bundle = BundleFiles.fromFolder(maker.make(i + 1));
            long start = System.nanoTime();
            Attempt attempt = services.activateAndWait(bundle, "bench");
            stages[3][i] = (System.nanoTime() - start) / 1_000_000;
            if (!attempt.status().equals("activated")) {
                throw new AssertionError(name + " was refused: " + attempt.messages());
            }
            stages[0][i] = attempt.timings().get("compileAndValidateMillis");
            stages[1][i] = attempt.timings().get("scenariosMillis");
            stages[2][i] = attempt.timings().get("storeAndSwapMillis");
        }
        line("%-22s %8d %8d %8d %8d", name, median(stages[0]), median(stages[1]), median(stages[2]), median(stages[3]));
    }

    /** A shipped bundle with one rule file edited (a comment), so it is a new version. */
    private static Path changed(Path bundle, int revision) throws Exception {
        Path copy = Files.createTempDirectory("bundle");
        BundleFiles.fromFolder(bundle).files().forEach((path, content) -> {
            try {
                Path target = copy.resolve(path);
                Files.createDirectories(target.getParent());
                byte[] bytes = path.endsWith(".drl")
                        ? (new String(content) + "\n// revision " + revision + "\n").getBytes()
                        : content;
                Files.write(target, bytes);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return copy;
    }

    private void guideLatencyDuringSwaps() throws Exception {
        services.activateAndWait(
                BundleFiles.fromFolder(GeneratedBundle.write(100, 0, Files.createTempDirectory("g"))), "bench");
        Caller investor = new Caller("bench-investor", "bench-session", Set.of(Caller.INVESTOR), null);
        UUID file = files.createFile("generated-100", investor).id();
        files.changeValues(file, 0, initialValues(), investor);
        long[] quiet = guideLatencies(file, investor, false);
        long[] swapping = guideLatencies(file, investor, true);
        line(
                "guide of a G(100) file, 2 threads for %d s: without swaps p50 %.0f µs p99 %.0f µs (%d reads);"
                        + " during swaps p50 %.0f µs p99 %.0f µs (%d reads); p99 ratio %.2f",
                LOAD_MILLIS / 1000,
                quiet[quiet.length / 2] / 1e3,
                quiet[(int) (quiet.length * 0.99)] / 1e3,
                quiet.length,
                swapping[swapping.length / 2] / 1e3,
                swapping[(int) (swapping.length * 0.99)] / 1e3,
                swapping.length,
                (double) swapping[(int) (swapping.length * 0.99)] / quiet[(int) (quiet.length * 0.99)]);
    }

    private Map<String, JsonNode> initialValues() {
        FileValues values =
                org.eregistrations.benchmarks.GeneratedService.of(100).initialValues();
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        values.answers().keySet().forEach(q -> changes.put("guide." + q, JsonNodeFactory.instance.booleanNode(true)));
        values.checked()
                .forEach(r ->
                        changes.put("registrations." + r + ".checked", JsonNodeFactory.instance.booleanNode(true)));
        return changes;
    }

    private long[] guideLatencies(UUID file, Caller investor, boolean swap) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread reader = new Thread(() -> {
                ManagedContext context = Arc.container().requestContext();
                context.activate();
                try {
                    while (running.get()) {
                        long start = System.nanoTime();
                        files.readGuide(file, investor);
                        latencies.add(System.nanoTime() - start);
                    }
                } finally {
                    context.terminate();
                }
            });
            readers.add(reader);
            reader.start();
        }
        long end = System.currentTimeMillis() + LOAD_MILLIS;
        int revision = 100;
        while (System.currentTimeMillis() < end) {
            if (swap) {
                services.activateAndWait(
                        BundleFiles.fromFolder(GeneratedBundle.write(100, revision++, Files.createTempDirectory("g"))),
                        "bench");
            } else {
                Thread.sleep(50);
            }
        }
        running.set(false);
        for (Thread reader : readers) {
            reader.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        LOG.info(text);
    }
}

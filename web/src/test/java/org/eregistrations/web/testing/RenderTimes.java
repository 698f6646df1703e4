package org.eregistrations.web.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Times a template's rendering on one thread: a warm-up round and five measured rounds of {@code renders} renders each,
 * written to {@code web/target/benchmarks/<file>} and the log. For the render benchmarks of the pages' templates.
 */
public final class RenderTimes {
    private static final Logger LOG = Logger.getLogger(RenderTimes.class);
    private static final int ROUNDS = 6;

    private RenderTimes() {}

    public static void measure(String title, String file, int renders, Supplier<String> render) throws Exception {
        StringBuilder report = new StringBuilder("\n" + title + ", one thread\n");
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long chars = 0;
            for (int i = 0; i < renders; i++) {
                chars += render.get().length();
            }
            report.append(String.format(
                    Locale.ROOT,
                    "  %s %d: %.0f µs per render (%d chars)%n",
                    round == 0 ? "warm-up" : "round",
                    round,
                    (System.nanoTime() - start) / 1000.0 / renders,
                    chars / renders));
        }
        Path out = Path.of("target/benchmarks", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        LOG.info(report);
    }
}

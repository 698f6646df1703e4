package org.eregistrations.web.services;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.bundle.CompiledBundle;
import org.eregistrations.config.scenario.TestReport;

/**
 * Compiles an unpacked bundle and runs its scenarios on a worker thread of its own, for at most the attempt deadline.
 * A check that takes longer is abandoned: its thread is interrupted (the scenarios stop at the next one) and its late
 * result goes nowhere, so the attempt ends on time and the next attempt does not wait for it.
 */
final class BundleChecks {
    /** A bundle compiled and tested, with how long each stage took. */
    record Checked(TestReport report, Map<String, Long> timings) {}

    private final BundleCompiler compiler;
    private final Duration deadline;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ruleset-check");
        thread.setDaemon(true);
        return thread;
    });

    BundleChecks(BundleCompiler compiler, Duration deadline) {
        this.compiler = compiler;
        this.deadline = deadline;
    }

    /** The bundle compiled and tested, or empty when that took longer than the deadline. */
    Optional<Checked> check(Path dir) {
        Future<Checked> work = workers.submit(() -> compileAndTest(dir));
        try {
            return Optional.of(work.get(deadline.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the bundle", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            work.cancel(true);
        }
    }

    /** The message of an attempt refused for taking too long, e.g. "... took longer than 60 s; refused". */
    String timedOut() {
        String limit = deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms";
        return "compiling the bundle and running its scenarios took longer than " + limit
                + "; refused (eregistrations.attempt-timeout)";
    }

    void close() {
        workers.shutdownNow();
    }

    private Checked compileAndTest(Path dir) {
        Map<String, Long> timings = new LinkedHashMap<>();
        long start = System.nanoTime();
        CompiledBundle compiled = compiler.compile(dir);
        timings.put("compileAndValidateMillis", millisSince(start));
        long tested = System.nanoTime();
        TestReport report = TestReport.of(compiled);
        timings.put("scenariosMillis", millisSince(tested));
        return new Checked(report, timings);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

package org.eregistrations.web.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * The measured phases of a load benchmark, written to {@code <folder>/phases.txt} (name, start, end as instants) when
 * the system property {@code bench.phases} names a folder, so that a profile of the whole run can be cut to one kind of
 * request after the warm-up. Start the recording with the JVM rather than here: starting Flight Recorder in a warm JVM
 * makes it compile much of the code again, and the first phase would measure that.
 *
 * <pre>
 * ./mvnw -B -pl web -am test -Dtest=QueueBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dbench.phases=/tmp/queue "-DargLine=-XX:StartFlightRecording=filename=/tmp/queue/run.jfr,settings=profile"
 * </pre>
 */
final class Profiled {
    private Profiled() {}

    static <T> T run(String name, Callable<T> phase) throws Exception {
        String folder = System.getProperty("bench.phases");
        Instant start = Instant.now();
        T result = phase.call();
        if (folder != null && !folder.isBlank()) {
            Path file = Path.of(folder, "phases.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    name + "\t" + start + "\t" + Instant.now() + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        return result;
    }
}

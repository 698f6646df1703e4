package org.eregistrations.web.ops;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default size of the pool of threads that run blocking requests: {@link #PER_CORE} per core the JVM sees.
 *
 * <p>A request here is mostly CPU (checking, deriving, rendering) with short waits on PostgreSQL. Quarkus's own default
 * (at least 200 threads) lets every concurrent request run at once, and on a small machine they then share the cores
 * in short slices: each takes longer, and young collections find more of them half done. With 20 investors on 2
 * cores, 8 threads served 968 guide updates a second at p99 39 ms, 16 threads 879 at 84 ms, and the default 688–769
 * at 67–127 ms (docs/benchmarks.md, "Warm JIT, bounded worker pool"). Requests beyond the pool wait in its queue, in
 * order. {@code WORKER_THREADS} sets the size instead, for example higher when the database is far away and requests
 * wait on it longer.
 */
public final class WorkerThreads implements ConfigSource {
    static final int PER_CORE = 4;
    static final String NAME = "eregistrations.operations.default-worker-threads";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(NAME, getValue(NAME));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public String getValue(String property) {
        return NAME.equals(property)
                ? String.valueOf(PER_CORE * Runtime.getRuntime().availableProcessors())
                : null;
    }

    @Override
    public String getName() {
        return "worker threads per core";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}

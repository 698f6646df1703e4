package org.eregistrations.web.file;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the cache of live rule sessions of open files ({@link LiveSessions}); see docs/operations.md. */
@ConfigMapping(prefix = "eregistrations.live-sessions")
public interface LiveSessionsConfig {
    /**
     * Most sessions kept at once; the least recently used goes first. A company-registration session holds about 200 KB
     * (docs/benchmarks.md), so the default of 1000 takes about 200 MB of heap.
     */
    @WithDefault("1000")
    long maxSessions();

    /** A session not used for this long is closed: the investor has left the file. */
    @WithDefault("20m")
    Duration idleTimeout();
}

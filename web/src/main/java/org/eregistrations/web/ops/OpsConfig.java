package org.eregistrations.web.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Settings of what the operator watches. */
@ConfigMapping(prefix = "eregistrations.operations")
public interface OpsConfig {
    /** Log lines as one JSON object each (with the request id), instead of text. */
    @WithDefault("false")
    boolean jsonLogs();

    /**
     * The addresses that may read {@code /q/metrics}, as CIDR blocks or single addresses; a request a proxy forwarded
     * is refused whatever its peer. The default is this machine only.
     */
    @WithDefault("127.0.0.0/8,::1/128")
    List<String> metricsFrom();

    /**
     * The size of the pool of threads for blocking requests when {@code WORKER_THREADS} does not set it: 4 per core,
     * given by {@link WorkerThreads}.
     */
    int defaultWorkerThreads();
}

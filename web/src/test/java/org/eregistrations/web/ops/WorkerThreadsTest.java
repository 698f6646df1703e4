package org.eregistrations.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The pool of threads for blocking requests is sized by the cores, not left at Quarkus's 200. */
@QuarkusTest
class WorkerThreadsTest {
    @ConfigProperty(name = "quarkus.thread-pool.max-threads")
    int maxThreads;

    @Inject
    OpsConfig ops;

    @Test
    void fourThreadsPerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(ops.defaultWorkerThreads()).isEqualTo(WorkerThreads.PER_CORE * cores);
        assertThat(maxThreads).isEqualTo(WorkerThreads.PER_CORE * cores);
    }
}

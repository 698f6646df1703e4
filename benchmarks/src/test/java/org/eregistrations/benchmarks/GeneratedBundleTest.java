package org.eregistrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.scenario.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedBundleTest {
    @TempDir
    Path dir;

    @Test
    void generatedBundleValidatesAndPassesItsScenario() {
        TestReport report = TestReport.of(new BundleCompiler().compile(GeneratedBundle.write(10, 1, dir)));

        assertThat(report.messages()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.results()).hasSize(1);
    }
}

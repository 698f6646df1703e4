package org.eregistrations.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.bundle.BundleLoader;
import org.eregistrations.config.scenario.ScenarioResult;
import org.eregistrations.config.scenario.TestReport;
import org.eregistrations.config.yaml.Problem;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shipped bundle validates without a warning, passes the instance's activation gate (scenarios, folder named
 * after the service), and every one of its scenarios passes.
 */
class ShippedServicesTest {
    private static final Path BUNDLES = Path.of(System.getProperty("bundles.dir", "."));
    private static final BundleCompiler COMPILER = new BundleCompiler();

    static List<Path> bundles() throws IOException {
        try (Stream<Path> children = Files.list(BUNDLES)) {
            return children.filter(BundleLoader::isBundle).sorted().toList();
        }
    }

    @Test
    void theThreeServicesAreShipped() throws IOException {
        assertThat(bundles())
                .extracting(path -> path.getFileName().toString())
                .contains("company-registration", "trader-licence", "market-stall-permit");
    }

    @TestFactory
    Stream<DynamicNode> everyScenarioOfEveryShippedService() throws IOException {
        return bundles().stream().map(ShippedServicesTest::bundleTests);
    }

    private static DynamicNode bundleTests(Path bundle) {
        TestReport report = TestReport.of(COMPILER.compile(bundle));
        DynamicTest valid = DynamicTest.dynamicTest("validates without problems", () -> {
            List<String> problems =
                    report.problems().stream().map(Problem::toString).toList();
            assertThat(problems).as("problems of %s", bundle).isEmpty();
            assertThat(report.refusal(bundle.getFileName().toString()))
                    .as("what the instance's activation gate says of %s", bundle)
                    .isEmpty();
        });
        Stream<DynamicTest> scenarios = report.results().stream()
                .map(result -> DynamicTest.dynamicTest(result.scenario().name(), () -> passes(result)));
        return DynamicContainer.dynamicContainer(
                bundle.getFileName().toString(), Stream.concat(Stream.of(valid), scenarios));
    }

    private static void passes(ScenarioResult result) {
        if (!result.passed()) {
            fail(result.toString());
        }
    }
}

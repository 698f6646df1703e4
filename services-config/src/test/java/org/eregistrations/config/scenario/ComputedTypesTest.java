package org.eregistrations.config.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eregistrations.config.TestBundles;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.yaml.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A computed value the catalogue types must be derived as a value of that type, in every scenario. */
class ComputedTypesTest {
    private static final String RULE =
            """

            rule "Importers are counted"
            when
                Answer(name == "isImporter", flag == true)
            then
                insertLogical(new Computed("importers", %s));
            end
            """;
    private static final String STEPS = "processingSteps:\n";

    @TempDir
    Path dir;

    private TestReport test(String declared, String value) {
        return TestReport.of(new BundleCompiler()
                .compile(TestBundles.valid()
                        .replace("service.yaml", STEPS, "computed:\n  importers: " + declared + "\n" + STEPS)
                        .replace("rules.drl", "end\n", "end\n" + RULE.formatted(value))
                        .writeTo(dir)));
    }

    @Test
    void aValueOfItsDeclaredTypePasses() {
        TestReport report = test("{label: {en: Importers, es: Importadores}, type: integer}", "1");

        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aValueOfAnotherTypeFailsEveryScenarioThatDerivesIt() {
        TestReport report = test("{label: {en: Importers, es: Importadores}, type: integer}", "\"one\"");

        assertThat(report.failures()).singleElement().satisfies(result -> assertThat(result.failures())
                .containsExactly("scenarios/importer.yaml:1: computed: importers is declared integer but the"
                        + " rules derived 'one'"));
    }

    @Test
    void aTypeThatAComputedValueCannotHaveIsAnErrorAtItsLine() {
        TestReport report = test("{label: {en: Importers, es: Importadores}, type: list}", "1");

        assertThat(report.problems())
                .extracting(Problem::toString)
                .contains("service.yaml:34: computed value importers: type must be one of text, number, integer, money,"
                        + " date, yesNo, not list");
    }
}

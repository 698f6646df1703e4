package org.eregistrations.config.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.eregistrations.config.TestBundles;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.bundle.CompiledBundle;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.config.yaml.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {
    @TempDir
    Path dir;

    private TestReport test(TestBundles bundle) {
        return TestReport.of(new BundleCompiler().compile(bundle.writeTo(dir)));
    }

    @Test
    void anInterruptedThreadRunsNoFurtherScenario() {
        CompiledBundle compiled =
                new BundleCompiler().compile(TestBundles.valid().writeTo(dir));
        List<Scenario> scenarios = ScenarioRunner.scenarios(compiled.bundle().orElseThrow(), new Problems());

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() ->
                            ScenarioRunner.run(scenarios, compiled.ruleSet().orElseThrow()))
                    .isInstanceOf(CancellationException.class)
                    .hasMessage("interrupted after 0 of 1 scenarios");
        } finally {
            Thread.interrupted();
        }
        assertThat(ScenarioRunner.run(scenarios, compiled.ruleSet().orElseThrow()))
                .singleElement()
                .matches(ScenarioResult::passed);
    }

    @Test
    void passingScenariosPass() {
        TestReport report = test(TestBundles.valid());

        assertThat(report.passed()).isTrue();
        assertThat(report.results()).singleElement().matches(ScenarioResult::passed);
    }

    @Test
    void failingScenarioSaysWhatWasExpectedAndWhatWasDerived() {
        TestReport report = test(TestBundles.valid()
                .replace(
                        "scenarios/importer.yaml",
                        "certificates.applicable: [permit]",
                        "certificates.applicable: [permit, importLicence]")
                .replace("scenarios/importer.yaml", "costs.total: 10", "costs.total: 12"));

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(result -> assertThat(result.failures())
                .containsExactly(
                        "scenarios/importer.yaml:6: certificates.applicable: expected [permit, importLicence] but"
                                + " derived [permit] (missing [importLicence])",
                        "scenarios/importer.yaml:7: costs.total: expected 12 but derived 10"));
        assertThat(report.messages())
                .anyMatch(message -> message.startsWith(
                        "scenario 'Importers see the import licence' failed: scenarios/importer.yaml:6:"));
    }

    @Test
    void loopingRuleFailsTheScenarioNamingTheRule() {
        TestReport report = test(
                TestBundles.valid()
                        .with(
                                "loop.drl",
                                """
                package rules.permit
                rule "Counts without end"
                when
                    Computed(name == "n", $v : value)
                then
                    insert(new Computed("n", ((BigDecimal) $v).add(BigDecimal.ONE)));
                end
                rule "Starts counting"
                when
                    Answer(name == "isImporter")
                then
                    insert(new Computed("n", BigDecimal.ZERO));
                end
                """));

        assertThat(report.passed()).isFalse();
        assertThat(report.failures().get(0).failures().get(0))
                .contains("fired more than")
                .contains("'Counts without end' (loop.drl:2)");
    }

    @Test
    void scenarioAnsweringAnUnknownQuestionIsAProblem() {
        TestReport report = test(TestBundles.valid()
                .replace("scenarios/importer.yaml", "{isImporter: true}", "{isImporter: true, isExporter: true}"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .contains("scenarios/importer.yaml:3: answers: no question 'isExporter' in the catalogue");
    }

    @Test
    void scenarioCheckingAnUnknownRegistrationIsAProblem() {
        TestReport report = test(TestBundles.valid()
                .replace(
                        "scenarios/importer.yaml",
                        "  answers: {isImporter: true}",
                        "  answers: {isImporter: true}\n  checked: [importLicense]\n  receipts: [fees]"));

        assertThat(report.problems())
                .extracting(Problem::toString)
                .contains(
                        "scenarios/importer.yaml:4: checked: no registration 'importLicense' in the catalogue",
                        "scenarios/importer.yaml:5: receipts: no cost with a payment receipt 'fees' in the catalogue");
    }

    @Test
    void scenarioUploadingOrChoosingWhatTheCatalogueLacksIsAProblem() {
        TestReport report = test(TestBundles.valid()
                .replace(
                        "scenarios/importer.yaml",
                        "  answers: {isImporter: true}",
                        "  answers: {isImporter: true}\n  uploaded: [identty]\n  chosen: {identity: passport}"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .contains(
                        "scenarios/importer.yaml:4: uploaded: no requirement with an upload 'identty' in the catalogue",
                        "scenarios/importer.yaml:5: chosen: requirement 'identity' offers no choice of documents");
    }

    @Test
    void aValueBeyondTheBoundsOfItsFieldIsAProblemAsOnThePages() {
        TestReport report = test(TestBundles.valid()
                .replace("service.yaml", "type: text, required: true}", "type: text, required: true, max: 3}")
                .replace(
                        "scenarios/importer.yaml",
                        "  answers: {isImporter: true}",
                        "  answers: {isImporter: true}\n  fields: {holderName: Anabel}"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .containsExactly("scenarios/importer.yaml:4: holderName: 'Anabel' must have at most 3 characters");
    }

    @Test
    void valueOfTheWrongTypeIsAProblem() {
        TestReport report = test(
                TestBundles.valid().replace("scenarios/importer.yaml", "{isImporter: true}", "{isImporter: maybe}"));

        assertThat(report.problems())
                .extracting(Problem::toString)
                .contains("scenarios/importer.yaml:3: isImporter: 'maybe' is not yes or no");
    }

    @Test
    void unknownExpectationIsAProblem() {
        TestReport report =
                test(TestBundles.valid().replace("scenarios/importer.yaml", "costs.total: 10", "costs.totl: 10"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("scenarios/importer.yaml:7: expect: unknown key 'costs.totl'"));
    }
}

package org.eregistrations.config.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eregistrations.config.TestBundles;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.yaml.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario checks the order of the processing steps, what each waits for and the role that works it. */
class StepOrderTest {
    private static final String EXPECT = "  costs.total: 10";

    @TempDir
    Path dir;

    private TestReport withOrder(String order) {
        return TestReport.of(new BundleCompiler()
                .compile(TestBundles.valid()
                        .replace("scenarios/importer.yaml", EXPECT, EXPECT + "\n  processingSteps.order:\n" + order)
                        .writeTo(dir)));
    }

    private static String failure(TestReport report) {
        assertThat(report.problems()).isEmpty();
        assertThat(report.failures()).singleElement();
        return report.failures().get(0).failures().get(0);
    }

    @Test
    void theStepsInTheirOrderWithWhatTheyWaitForAndTheirRolesPass() {
        TestReport report = withOrder(
                """
                    - {step: review, after: [], role: officer}
                    - {step: approval, after: [review], role: manager}
                """);

        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aStepWorkedByEitherOfTwoRolesIsCheckedAsASetOfRoles() {
        TestReport twoRoles = TestReport.of(new BundleCompiler()
                .compile(TestBundles.valid()
                        .replace("service.yaml", "role: manager", "role: [manager, deputy]")
                        .replace(
                                "scenarios/importer.yaml",
                                EXPECT,
                                EXPECT + "\n  processingSteps.order:\n    - {step: review, role: officer}\n"
                                        + "    - {step: approval, role: [deputy, manager]}\n")
                        .writeTo(dir)));

        assertThat(twoRoles.problems()).isEmpty();
        assertThat(twoRoles.passed()).isTrue();
    }

    @Test
    void aStepListedBeforeOneItWaitsForFails() {
        assertThat(failure(withOrder("    - {step: approval}\n    - {step: review}\n")))
                .isEqualTo("scenarios/importer.yaml:8: processingSteps.order: 'approval' is listed before 'review',"
                        + " which it comes after");
    }

    @Test
    void aWrongRoleOrPredecessorFailsNamingWhatWasDerived() {
        assertThat(failure(withOrder("    - {step: review, role: manager}\n    - {step: approval, after: []}\n")))
                .isEqualTo("scenarios/importer.yaml:8: processingSteps.order: 'review' expected worked by manager"
                        + " but is worked by officer; 'approval' expected after [] but comes after [review]");
    }

    @Test
    void stepsThatAreNotExactlyTheApplicableOnesFail() {
        assertThat(failure(withOrder("    - {step: review}\n")))
                .isEqualTo("scenarios/importer.yaml:8: processingSteps.order: expected steps [review] but derived"
                        + " [review, approval]");
        assertThat(failure(withOrder("    - {step: review}\n    - {step: review}\n")))
                .contains("expected steps [review, review] but derived [review, approval]");
    }

    @Test
    void anUnknownStepOrKeyIsAProblemAtItsLine() {
        TestReport report = withOrder("    - {step: review}\n    - {step: aproval, roles: [manager]}\n");

        assertThat(report.passed()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .anyMatch(p -> p.startsWith(
                        "scenarios/importer.yaml:10: processingSteps.order entry: unknown key" + " 'roles'"))
                .contains("scenarios/importer.yaml:10: processingSteps.order: no processing step 'aproval' in the"
                        + " catalogue");
    }
}

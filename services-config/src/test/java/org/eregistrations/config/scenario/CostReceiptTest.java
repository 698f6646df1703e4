package org.eregistrations.config.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eregistrations.config.TestBundles;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.yaml.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cost asks for a payment receipt when it is payable, unless it says {@code receipt: false}. */
class CostReceiptTest {
    private static final String FEE = "fee: {name: {en: Fee, es: Tasa}, amount: 10}";
    private static final String EXPECT = "  costs.total: 10";

    @TempDir
    Path dir;

    private TestReport test(TestBundles bundle) {
        return TestReport.of(new BundleCompiler().compile(bundle.writeTo(dir)));
    }

    @Test
    void aPayableCostAsksForItsReceiptByDefault() {
        TestReport report = test(TestBundles.valid()
                .replace(
                        "scenarios/importer.yaml",
                        EXPECT,
                        EXPECT + "\n  costs.payable: [fee]\n  paymentReceiptUploads.applicable: [fee]"));

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aCostWithoutReceiptIsPayableButAsksForNoReceiptAndMissesNone() {
        TestReport report = test(TestBundles.valid()
                .replace("service.yaml", FEE, "fee: {name: {en: Fee, es: Tasa}, amount: 10, receipt: false}")
                .replace(
                        "scenarios/importer.yaml",
                        EXPECT,
                        EXPECT + "\n  costs.payable: [fee]\n  paymentReceiptUploads.applicable: []"));

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aScenarioCannotUploadTheReceiptOfACostWithoutOne() {
        TestReport report = test(TestBundles.valid()
                .replace("service.yaml", FEE, "fee: {name: {en: Fee, es: Tasa}, amount: 10, receipt: no}")
                .replace(
                        "scenarios/importer.yaml",
                        "  answers: {isImporter: true}",
                        "  answers: {isImporter: true}\n  receipts: [fee]"));

        assertThat(report.problems())
                .extracting(Problem::toString)
                .contains("scenarios/importer.yaml:4: receipts: no cost with a payment receipt 'fee' in the catalogue");
    }

    @Test
    void aReceiptThatIsNotTrueOrFalseIsAnErrorAtItsLine() {
        TestReport report = test(TestBundles.valid()
                .replace("service.yaml", FEE, "fee: {name: {en: Fee, es: Tasa}, amount: 10, receipt: sometimes}"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("service.yaml:27:") && p.contains("'receipt' must be true or false"));
    }
}

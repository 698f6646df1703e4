package org.eregistrations.config.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eregistrations.config.TestBundles;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.yaml.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step's {@code issues}, a certificate's {@code number} and {@code template}: read, and refused at their line. */
class CertificateIssuingTest {
    private static final String PERMIT = "  permit: {name: {en: Permit, es: Permiso}}";
    private static final String APPROVAL = "role: manager, after: [review]}";

    @TempDir
    Path dir;

    private final BundleCompiler compiler = new BundleCompiler();

    private static TestBundles issuing(String permit) {
        return TestBundles.valid()
                .replace("service.yaml", PERMIT, permit)
                .replace("service.yaml", APPROVAL, "role: manager, after: [review], issues: [permit]}");
    }

    private List<String> errors(TestBundles bundle) {
        CompiledBundle compiled = compiler.compile(bundle.writeTo(dir));
        assertThat(compiled.isValid()).as("bundle should be invalid").isFalse();
        return compiled.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void aStepIssuesItsCertificatesWithTheirNumberPatternAndTemplate() {
        CompiledBundle compiled =
                compiler.compile(issuing("  permit: {name: {en: Permit, es: Permiso}, number: 'P-{yyyy}-{seq:5}',"
                                + " template: certificates/permit.html}")
                        .with("certificates/permit.html", "<p>{number}</p>")
                        .writeTo(dir));

        assertThat(compiled.errors()).isEmpty();
        Catalogue catalogue = compiled.bundle().orElseThrow().catalogue();
        assertThat(catalogue.processingSteps().get(1).issues()).containsExactly("permit");
        var permit = catalogue.certificate("permit").orElseThrow();
        assertThat(permit.numberPattern().format(2026, 42)).isEqualTo("P-2026-00042");
        assertThat(catalogue.template(permit)).contains("<p>{number}</p>");
        var licence = catalogue.certificate("importLicence").orElseThrow();
        assertThat(catalogue.template(licence)).isEmpty();
        assertThat(licence.numberPattern().format(2026, 7)).isEqualTo("importLicence-000007");
    }

    @Test
    void aStepIssuingAnUnknownCertificateIsReportedAtItsLine() {
        assertThat(errors(TestBundles.valid()
                        .replace("service.yaml", APPROVAL, "role: manager, after: [review], issues: [permitt]}")))
                .containsExactly("service.yaml:35: processing step 'approval' refers to unknown certificate 'permitt'");
    }

    @Test
    void anUnknownPlaceholderIsReportedAtTheCertificate() {
        assertThat(errors(issuing("  permit: {name: {en: Permit, es: Permiso}, number: 'P-{yy}-{seq:5}'}")))
                .containsExactly("service.yaml:22: certificate 'permit': number 'P-{yy}-{seq:5}': unknown placeholder"
                        + " {yy}; expected {yyyy} or {seq:N}");
    }

    @Test
    void aPatternWithoutOneSequenceIsRefused() {
        assertThat(errors(issuing("  permit: {name: {en: Permit, es: Permiso}, number: 'P-{yyyy}'}")))
                .containsExactly("service.yaml:22: certificate 'permit': number 'P-{yyyy}': a number pattern needs"
                        + " exactly one {seq:N}, this one has 0");
    }

    @Test
    void aMissingOrMisnamedTemplateIsRefused() {
        assertThat(errors(issuing("  permit: {name: {en: Permit, es: Permiso}, template: certificates/permit.html}")))
                .containsExactly(
                        "service.yaml:22: certificate 'permit': template 'certificates/permit.html' is not in the bundle");
        assertThat(errors(issuing("  permit: {name: {en: Permit, es: Permiso}, template: ../service.yaml}")))
                .containsExactly("service.yaml:22: certificate 'permit': template '../service.yaml' must be a file"
                        + " certificates/<name>.html of the bundle");
    }

    @Test
    void aCertificateIssuedByTwoStepsIsRefused() {
        assertThat(errors(
                        issuing(PERMIT).replace("service.yaml", "role: officer}", "role: officer, issues: [permit]}")))
                .containsExactly("service.yaml:35: processing step 'approval' issues certificate 'permit', which step"
                        + " 'review' already issues");
    }

    @Test
    void aTemplateThatDoesNotRenderOrIsNotXhtmlIsReportedAtItsLine() {
        String permit = "  permit: {name: {en: Permit, es: Permiso}, template: certificates/permit.html}";
        assertThat(errors(issuing(permit).with("certificates/permit.html", "<p>\n{#if number}\n</p>")))
                .singleElement()
                .asString()
                .startsWith("certificates/permit.html:3: the template does not render:")
                .contains("unterminated section");
        assertThat(errors(issuing(permit).with("certificates/permit.html", "<p>\n{numbr}</p>")))
                .singleElement()
                .asString()
                .startsWith("certificates/permit.html:2: the template does not render:")
                .contains("numbr");
        assertThat(errors(issuing(permit)
                        .with("certificates/permit.html", "<html><body>\n<p>{number}<br></p>\n</body></html>")))
                .singleElement()
                .asString()
                .startsWith(
                        "certificates/permit.html:2: the template is not well-formed XHTML (close every tag, e.g. <br/>)");
    }

    @Test
    void valuesAreEscapedAndMapsReadByKey() {
        assertThat(org.eregistrations.config.catalogue.CertificateHtml.render(
                        "<p>{holder} · {labels.holder}</p>",
                        java.util.Map.of("holder", "A & <b>", "labels", java.util.Map.of("holder", "Holder"))))
                .isEqualTo("<p>A &amp; &lt;b&gt; · Holder</p>");
    }
}

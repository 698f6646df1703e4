package org.eregistrations.config.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eregistrations.config.TestBundles;
import org.eregistrations.config.yaml.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCompilerTest {
    @TempDir
    Path dir;

    private final BundleCompiler compiler = new BundleCompiler();

    private List<String> errors(TestBundles bundle) {
        CompiledBundle compiled = compiler.compile(bundle.writeTo(dir));
        assertThat(compiled.isValid()).as("bundle should be invalid").isFalse();
        return compiled.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void validBundleCompilesIntoARuleSet() {
        CompiledBundle compiled = compiler.compile(TestBundles.valid().writeTo(dir));

        assertThat(compiled.errors()).isEmpty();
        assertThat(compiled.ruleSet()).isPresent();
        assertThat(compiled.ruleSet().get().serviceId()).isEqualTo("permit");
    }

    @Test
    void danglingIdIsReportedAtItsLine() {
        assertThat(errors(TestBundles.valid()
                        .replace("service.yaml", "certificates: [permit]", "certificates: [permitt]")))
                .containsExactly("service.yaml:12: registration 'permit' refers to unknown certificate 'permitt'");
    }

    @Test
    void duplicateIdIsReportedWithBothLines() {
        assertThat(
                        errors(
                                TestBundles.valid()
                                        .replace(
                                                "service.yaml",
                                                "  identity: {name: {en: Identity, es: Identidad}}",
                                                "  identity: {name: {en: Identity, es: Identidad}}\n  identity: {name: {en: Id, es: Id}}")))
                .anyMatch(error -> error.startsWith("service.yaml:26:")
                        && error.contains("duplicate")
                        && error.contains("identity"));
    }

    @Test
    void cycleAmongProcessingStepsIsReported() {
        assertThat(errors(TestBundles.valid()
                        .replace("service.yaml", "role: officer}", "role: officer, after: [approval]}")))
                .containsExactly("service.yaml:34: processing steps form a cycle: review after approval after review");
    }

    @Test
    void missingTranslationIsReported() {
        assertThat(errors(TestBundles.valid()
                        .replace("service.yaml", "fee: {name: {en: Fee, es: Tasa}", "fee: {name: {en: Fee}")))
                .containsExactly("service.yaml:27: cost 'fee' name has no 'es' translation");
    }

    @Test
    void unquotedCommaInALabelIsCaughtAsAnUnknownLanguage() {
        assertThat(errors(TestBundles.valid()
                        .replace(
                                "service.yaml",
                                "fee: {name: {en: Fee, es: Tasa}",
                                "fee: {name: {en: Fee (10, flat), es: Tasa}")))
                .containsExactly("service.yaml:27: cost 'fee' name has text in 'flat)', which is not a language of the"
                        + " service (en, es); a comma inside {...} needs quotes");
    }

    @Test
    void ruleDerivingAnIdTheCatalogueLacksIsReportedAtTheRule() {
        assertThat(errors(TestBundles.valid().replace("rules.drl", "\"importLicence\"", "\"importLicense\"")))
                .containsExactly("rules.drl:3: rule 'Importers may ask for the import licence' derives Applicable of"
                        + " registrations 'importLicense' but the catalogue declares no such registration");
    }

    @Test
    void ruleReadingAnUnknownQuestionIsReported() {
        assertThat(errors(TestBundles.valid().replace("rules.drl", "\"isImporter\"", "\"isImportr\"")))
                .containsExactly("rules.drl:3: rule 'Importers may ask for the import licence' reads the answer to"
                        + " 'isImportr' but the catalogue has no such question");
    }

    @Test
    void brokenDrlIsReportedWithFileLineAndColumn() {
        List<String> errors = errors(TestBundles.valid().replace("rules.drl", "flag == true)", "flag == true"));

        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0)).matches("rules\\.drl:[5-7]:\\d+: .+");
    }

    @Test
    void unknownKeyNamesTheKeysThatAreAllowed() {
        assertThat(errors(TestBundles.valid().replace("service.yaml", "    mandatory: true", "    mandatroy: true")))
                .containsExactly("service.yaml:13: registration permit: unknown key 'mandatroy'; expected one of"
                        + " applicable, certificates, costs, institution, mandatory, name, requirements");
    }

    @Test
    void invalidYamlIsReportedAtItsLine() {
        assertThat(errors(TestBundles.valid().replace("service.yaml", "type: yesNo", "type: [yesNo")))
                .singleElement()
                .asString()
                .startsWith("service.yaml:")
                .contains("not valid YAML");
    }

    @Test
    void unknownFieldTypeIsReported() {
        assertThat(errors(TestBundles.valid().replace("service.yaml", "type: text", "type: txt")))
                .containsExactly("service.yaml:32: field holderName: unknown type 'txt'; expected one of text, number,"
                        + " integer, money, date, yesNo, choice, email, list");
    }

    @Test
    void errorInADecisionTableNamesItsRow() {
        String table =
                """
                "RuleSet","rules.permit"
                "Import","org.eregistrations.engine.fact.Answer, org.eregistrations.engine.fact.Amount"
                "RuleTable Fees",,
                "CONDITION","ACTION"
                "Answer",
                "name == ""isImporter"", flag == $param","insertLogical(new Amount(""fee"", $param));"
                "Importer","Fee"
                "true","30"
                "false","ten"
                """;
        List<String> errors = errors(TestBundles.valid().with("fees.drl.csv", table));

        assertThat(errors).anyMatch(error -> error.startsWith("fees.drl.csv:9:") && error.contains("row 9"));
    }

    @Test
    void questionNoRuleReadsIsAWarningNotAnError() {
        CompiledBundle compiled = compiler.compile(TestBundles.valid()
                .replace(
                        "service.yaml",
                        "questions:\n",
                        "questions:\n  unused:\n    label: {en: U, es: U}\n    type: text\n")
                .writeTo(dir));

        assertThat(compiled.isValid()).isTrue();
        assertThat(compiled.problems())
                .extracting(Problem::toString)
                .contains("service.yaml:8: warning: question 'unused' is read by no rule, so the guide never asks it");
    }

    @Test
    void folderWithoutCatalogueIsNotABundle() {
        CompiledBundle compiled = compiler.compile(dir);

        assertThat(compiled.errors()).singleElement().asString().contains("no service.yaml");
    }
}

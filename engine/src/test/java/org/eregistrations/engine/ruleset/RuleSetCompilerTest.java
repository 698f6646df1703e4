package org.eregistrations.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eregistrations.engine.derivation.DerivationException;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.model.ServiceModel;
import org.junit.jupiter.api.Test;

class RuleSetCompilerTest {
    private static final ServiceModel MODEL = TestServices.companyModel();

    private static RuleSetCompilationException compileError(String path, String drl) {
        try {
            new RuleSetCompiler().compile(new RuleSetSource(MODEL, List.of(new RuleFile(path, drl))));
        } catch (RuleSetCompilationException e) {
            return e;
        }
        throw new AssertionError("expected a compilation error");
    }

    @Test
    void syntaxErrorNamesFileLineAndColumnAsWritten() {
        RuleSetCompilationException error = compileError(
                "rules/broken.drl",
                """
                package rules.company

                rule "Broken"
                when
                    Answer(name == "isImporter" flag == true)
                then
                end
                """);

        assertThat(error.messages()).isNotEmpty();
        assertThat(error.messages().get(0).file()).isEqualTo("rules/broken.drl");
        assertThat(error.messages().get(0).line()).isEqualTo(5);
        assertThat(error.getMessage()).startsWith("rules/broken.drl:5:");
    }

    @Test
    void lineNumbersStayThoseOfTheFileWithoutAPackageLine() {
        RuleSetCompilationException error = compileError(
                "no-package.drl",
                """
                rule "Unknown fact"
                when
                    Nonsense(name == "x")
                then
                end
                """);

        assertThat(error.messages().get(0).line()).isEqualTo(3);
        assertThat(error.messages().get(0).message()).contains("Nonsense");
    }

    @Test
    void errorInAConsequenceNamesTheRule() {
        RuleSetCompilationException error = compileError(
                "rules.drl",
                """
                package rules.company
                rule "Builds an amount without its value"
                when
                    Answer(name == "capital")
                then
                    insertLogical(new Amount("capitalFee"));
                end
                """);

        assertThat(error.getMessage()).contains("rules.drl:2:").contains("Amount");
    }

    @Test
    void equalContentGivesTheSameVersionAndOtherContentAnother() {
        RuleSet first = TestServices.company();
        RuleSet again = TestServices.company();
        RuleSet other = TestServices.compile(MODEL, TestServices.COMPANY_RULES + "\n// changed\n");

        assertThat(again.version()).isEqualTo(first.version()).hasSize(64);
        assertThat(other.version()).isNotEqualTo(first.version());
        assertThat(again.releaseId()).isNotEqualTo(first.releaseId());
    }

    @Test
    void loopingRuleGivesAnErrorNamingItInsteadOfHanging() {
        RuleSet looping = new RuleSetCompilerHolder()
                .compileWithLimit(
                        500,
                        """
                package rules.company
                rule "Counts forever"
                when
                    Computed(name == "counter", $n : value)
                then
                    insert(new Computed("counter", ((BigDecimal) $n).add(BigDecimal.ONE)));
                end
                rule "Starts counting"
                when
                    Answer(name == "capital")
                then
                    insert(new Computed("counter", BigDecimal.ZERO));
                end
                """);

        assertThatThrownBy(() ->
                        looping.derive(FileValues.builder().answer("capital", 1).build()))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("fired more than 500 times")
                .hasMessageContaining("'Counts forever' (rules.drl:2)");
    }

    @Test
    void ruleDerivingAnIdTheCatalogueLacksIsAnError() {
        RuleSet ruleSet = TestServices.compile(
                MODEL,
                """
                package rules.company
                rule "Typo in a certificate id"
                when
                    Answer(name == "isImporter", flag == true)
                then
                    insertLogical(new Applicable(Kind.CERTIFICATE, "nitti"));
                end
                """);

        assertThatThrownBy(() -> ruleSet.derive(
                        FileValues.builder().answer("isImporter", true).build()))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("certificates 'nitti'")
                .hasMessageContaining("'Typo in a certificate id' (rules.drl:2)");
    }

    @Test
    void rulesDisagreeingOnAnAmountIsAnError() {
        RuleSet ruleSet = TestServices.compile(
                MODEL,
                """
                package rules.company
                rule "Fee one"
                when Answer(name == "capital") then insertLogical(new Amount("capitalFee", 1));
                end
                rule "Fee two"
                when Answer(name == "capital") then insertLogical(new Amount("capitalFee", 2));
                end
                """);

        assertThatThrownBy(() ->
                        ruleSet.derive(FileValues.builder().answer("capital", 1).build()))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("two different amounts of cost 'capitalFee'");
    }

    @Test
    void analysisFindsAnswersReadAndIdsDerived() {
        RuleSet ruleSet = TestServices.company();

        RuleInfo niti = ruleSet.rules().stream()
                .filter(rule -> rule.name().equals("Importers get the NITi certificate"))
                .findFirst()
                .orElseThrow();
        assertThat(niti.answersRead()).containsExactly("isImporter");
        assertThat(niti.derives()).extracting(DerivedRef::id).containsExactly("nit", "niti");
        assertThat(niti.location()).isEqualTo("rules.drl:10");
    }

    @Test
    void compiledRuleSetDerivesFromAnyNumberOfThreads() throws Exception {
        RuleSet ruleSet = TestServices.company();
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            boolean importer = t % 2 == 0;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    List<String> certificates = ruleSet.derive(FileValues.builder()
                                    .answer("isImporter", importer)
                                    .check("nit")
                                    .build())
                            .get(DerivedSet.CERTIFICATES_APPLICABLE);
                    if (!certificates.equals(importer ? List.of("company", "niti") : List.of("company"))) {
                        failures.add(new AssertionError("wrong certificates " + certificates));
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    private static final class RuleSetCompilerHolder {
        RuleSet compileWithLimit(int limit, String drl) {
            try {
                return new RuleSetCompiler(limit)
                        .compile(new RuleSetSource(MODEL, List.of(new RuleFile("rules.drl", drl))));
            } catch (RuleSetCompilationException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
    }
}

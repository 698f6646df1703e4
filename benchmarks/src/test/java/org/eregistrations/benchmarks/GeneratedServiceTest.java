package org.eregistrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.LiveDerivation;
import org.eregistrations.engine.ruleset.RuleSet;
import org.eregistrations.engine.sandbox.RuleSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedServiceTest {
    private static final int STEPS = 200;
    private static final Map<Integer, RuleSet> COMPILED = new ConcurrentHashMap<>();

    @Test
    void plainJavaDerivesTheInitialValuesOfG10AsDefined() {
        GSets sets = new PlainJavaG(10).derive(GeneratedService.of(10).initialValues());

        assertThat(sets.registrationsApplicable())
                .containsExactly("r_0", "r_1", "r_2", "r_3", "r_4", "r_5", "r_6", "r_7", "r_8", "r_9");
        assertThat(sets.registrationsMandatory()).containsExactly("r_0", "r_3", "r_6", "r_9");
        assertThat(sets.registrationsRequested()).containsExactly("r_0", "r_2", "r_3", "r_4", "r_6", "r_8", "r_9");
        assertThat(sets.requirementsResolved()).hasSize(10);
        assertThat(sets.requirementsApplicable())
                .containsExactly("d_0", "d_1", "d_2", "d_3", "d_5", "d_6", "d_7", "d_8");
        assertThat(sets.costsPayable()).containsExactly("c_0", "c_2", "c_3", "c_4", "c_6", "c_8", "c_9");
        assertThat(sets.amounts())
                .containsEntry("c_0", BigDecimal.valueOf(5))
                .containsEntry("c_8", BigDecimal.valueOf(15));
        assertThat(sets.total()).isEqualByComparingTo("215");
        assertThat(sets.checksumTerm()).isEqualByComparingTo("251");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 1000})
    void theRulesOfGnPassTheRuleSandbox(int n) {
        assertThat(RuleSandbox.check("generated.drl", GeneratedService.of(n).drl()))
                .isEmpty();
    }

    @Test
    void aCostOfZeroAppliesButIsNotPayable() {
        GeneratedService g = GeneratedService.of(100);
        FileValues q0No = g.step(g.initialValues(), 0);

        GSets sets = new PlainJavaG(100).derive(q0No);

        assertThat(sets.registrationsApplicable()).doesNotContain("r_0", "r_10", "r_20");
        assertThat(sets.costsApplicable()).contains("c_14");
        assertThat(sets.amounts()).containsEntry("c_14", BigDecimal.ZERO).containsEntry("c_6", BigDecimal.valueOf(60));
        assertThat(sets.costsPayable()).doesNotContain("c_14").contains("c_6");
        assertThat(g.step(q0No, 10).answers()).containsEntry("q0", true);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100})
    void theRulesAreOnePerRegistrationRequirementAndCostPlusOnePerReplacedRequirement(int n) {
        GeneratedService g = GeneratedService.of(n);

        assertThat(g.drl()).startsWith("package generated;");
        assertThat(g.ruleCount()).isEqualTo(n + n + n / 5 + n);
        assertThat(g.model().facts()).isNotEmpty();
        assertThat(g.cycle()).hasSize(2 * g.questionCount()).last().isEqualTo(g.initialValues());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100})
    void theEngineStatelessAndLiveDerivesWhatPlainJavaDoesAtEveryStep(int n) {
        GeneratedService g = GeneratedService.of(n);
        RuleSet ruleSet = compiled(g);
        PlainJavaG plain = new PlainJavaG(n);
        FileValues values = g.initialValues();
        try (LiveDerivation live = ruleSet.openLive()) {
            assertThat(GSets.of(live.derive(values))).isEqualTo(plain.derive(values));
            for (int k = 0; k < STEPS; k++) {
                values = g.step(values, k);
                GSets expected = plain.derive(values);
                assertThat(GSets.of(ruleSet.derive(values)))
                        .as("stateless, step %d", k)
                        .isEqualTo(expected);
                assertThat(GSets.of(live.derive(values))).as("live, step %d", k).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100})
    void theChecksumsOfEveryImplementationAgree(int n) {
        GeneratedService g = GeneratedService.of(n);
        RuleSet ruleSet = compiled(g);
        BigDecimal plain = Workload.checksum(g, STEPS, Deriver.plainJava(g));

        assertThat(plain).isPositive();
        for (Deriver.Implementation implementation : List.of(Deriver.Implementation.values())) {
            try (Deriver deriver = Deriver.open(implementation, g, ruleSet)) {
                assertThat(Workload.checksum(g, STEPS, deriver))
                        .as(implementation.label())
                        .isEqualByComparingTo(plain);
            }
        }
    }

    @Test
    void writesItsRulesIntoABundleFolder(@TempDir Path bundle) throws IOException {
        GeneratedService g = GeneratedService.of(10);

        Path written = g.writeRules(bundle);

        assertThat(written).isEqualTo(bundle.resolve("rules/generated.drl"));
        assertThat(Files.readString(written)).isEqualTo(g.drl());
    }

    @Test
    void implementationsAreNamedByTheirLabels() {
        assertThat(Deriver.Implementation.byLabel("plainJava")).isEqualTo(Deriver.Implementation.PLAIN_JAVA);
    }

    private static RuleSet compiled(GeneratedService g) {
        return COMPILED.computeIfAbsent(g.n(), n -> g.compile());
    }
}

package org.eregistrations.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.engine.derivation.DerivedSet.CERTIFICATES_APPLICABLE;
import static org.eregistrations.engine.derivation.DerivedSet.REGISTRATIONS_MANDATORY;

import java.math.BigDecimal;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.consequence.Consequence;
import org.drools.mvel.expr.MVELConsequence;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.FileValues;
import org.junit.jupiter.api.Test;

/** Consequences that only insert derived facts built from literals and bound variables run without MVEL, alike. */
class DirectConsequencesTest {
    private static final String RULES =
            """
            rule "Importers get the NITi certificate"
            when
                Answer(name == "isImporter", flag == true)
            then
                insertLogical(new Applicable(Kind.CERTIFICATE, "niti"));
                insertLogical(new Computed("importer", "yes"));
            end

            rule "The capital is shown as entered"
            when
                Answer(name == "capital", $capital : number)
            then
                insertLogical(new Computed("capital", $capital));
            end

            rule "The capital fee is twice the capital"
            when
                Answer(name == "capital", $capital : number)
            then
                insertLogical(new Amount("capitalFee", $capital.multiply(new BigDecimal("2"))));
            end
            """;

    @Test
    void insertionsOfLiteralsAndBoundVariablesRunWithoutMvel() {
        RuleSet ruleSet = TestServices.compile(TestServices.companyModel(), RULES);

        assertThat(consequence(ruleSet, "Importers get the NITi certificate")).isNotInstanceOf(MVELConsequence.class);
        assertThat(consequence(ruleSet, "The capital is shown as entered")).isNotInstanceOf(MVELConsequence.class);
        assertThat(consequence(ruleSet, "An applicable registration declared mandatory is mandatory"))
                .isNotInstanceOf(MVELConsequence.class);
        assertThat(consequence(ruleSet, "The capital fee is twice the capital")).isInstanceOf(MVELConsequence.class);
    }

    @Test
    void directConsequencesDeriveWhatTheirTextSays() {
        RuleSet ruleSet = TestServices.compile(TestServices.companyModel(), RULES);

        Derivation derivation = ruleSet.derive(FileValues.builder()
                .answer("isImporter", true)
                .answer("capital", new BigDecimal("100"))
                .build());

        assertThat(derivation.get(CERTIFICATES_APPLICABLE)).contains("niti");
        assertThat(derivation.get(REGISTRATIONS_MANDATORY)).contains("company");
        assertThat(derivation.computed())
                .containsEntry("importer", "yes")
                .containsEntry("capital", new BigDecimal("100"));
        assertThat(derivation.amounts()).containsEntry("capitalFee", new BigDecimal("200"));
    }

    private static Consequence<?> consequence(RuleSet ruleSet, String rule) {
        return ruleSet.kieBase().getKiePackages().stream()
                .map(pkg -> ((InternalKnowledgePackage) pkg).getRule(rule))
                .filter(found -> found != null)
                .findFirst()
                .orElseThrow()
                .getConsequence();
    }
}

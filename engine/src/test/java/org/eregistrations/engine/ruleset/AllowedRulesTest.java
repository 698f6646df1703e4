package org.eregistrations.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eregistrations.engine.derivation.DerivedSet.REGISTRATIONS_APPLICABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.FileValues;
import org.junit.jupiter.api.Test;

/**
 * The rules docs/configurator-guide.md shows as allowed pass the sandbox, compile, and derive what they say; the
 * sandbox runs before compilation, so a refused file never reaches Drools.
 */
class AllowedRulesTest {
    static final String ALLOWED =
            """
            package rules.company
            dialect "mvel"

            import java.math.RoundingMode
            import java.time.LocalDate

            rule "Large companies need the NIT registration"
            when
                Answer(name == "capital", number > 10000)
            then
                insertLogical(new Applicable(Kind.REGISTRATION, "nit"));
            end

            rule "The capital fee is 0.15 % of the capital, rounded up to a whole unit, at least 10"
            when
                Answer(name == "capital", $capital : number)
            then
                BigDecimal fee = $capital.multiply(new BigDecimal("0.0015")).setScale(0, RoundingMode.CEILING);
                if (fee.compareTo(BigDecimal.TEN) < 0) {
                    fee = BigDecimal.TEN;
                }
                insertLogical(new Amount("capitalFee", fee));
            end

            rule "The card fee grows with the length of the full name"
            when
                Computed(name == "fullName", $name : value)
            then
                insertLogical(new Amount("nitFee", Math.max($name.toString().length(), 3)));
            end

            rule "Full name in capitals"
            when
                Field(name == "firstName", $first : text)
                Field(name == "lastName", $last : text, text.length() > 1)
            then
                insertLogical(new Computed("fullName", ($first + " " + $last).toUpperCase().trim()));
            end

            rule "A founder born after 2000 is young"
            when
                Field(name == "city", $city : text, text != "Nowhere")
                not Field(name == "district")
            then
                LocalDate start = LocalDate.of(2000, 1, 31).plusMonths(1);
                insertLogical(new Computed("startMonth", start.getMonthValue() + "/" + start.getYear() + " " + $city));
            end

            rule "Shareholders are counted"
            when
                accumulate(Field(list == "shareholders", name == "shareholders.name"); $count : count())
            then
                insertLogical(new Computed("shareholderCount", $count.intValue()));
            end
            """;

    @Test
    void documentedExamplesCompileAndDerive() {
        RuleSet ruleSet = TestServices.compile(TestServices.companyModel(), ALLOWED);

        Derivation derivation = ruleSet.derive(FileValues.builder()
                .answer("capital", new BigDecimal("20001"))
                .check("nit")
                .field("firstName", "ana ")
                .field("lastName", "ruiz")
                .field("city", "Lima")
                .listField("shareholders", 0, "name", "A")
                .listField("shareholders", 1, "name", "B")
                .build());

        assertThat(derivation.get(REGISTRATIONS_APPLICABLE)).contains("nit");
        assertThat(derivation.amounts())
                .containsEntry("capitalFee", new BigDecimal("31"))
                .containsEntry("nitFee", new BigDecimal("9"));
        assertThat(derivation.computed())
                .containsEntry("fullName", "ANA  RUIZ")
                .containsEntry("startMonth", "2/2000 Lima");
        assertThat(String.valueOf(derivation.computed().get("shareholderCount")))
                .isEqualTo("2");
        assertThat(LocalDate.of(2000, 1, 31).plusMonths(1).getMonthValue()).isEqualTo(2);
    }

    /**
     * A review found that a {@code package} line inside a comment moved the engine's header (MVEL, imports) into that
     * comment when the header was spliced into the text. The build now compiles the parse the sandbox checked, so such a
     * line changes nothing: the rule below reads {@code $a.text} as MVEL does (Java would refuse it).
     */
    @Test
    void aPackageLineInACommentChangesNothing() {
        String drl =
                """
                /*
                package rules.company;
                */
                rule "The first name is computed"
                when
                    $a : Field(name == "firstName")
                then
                    insertLogical(new Computed("first", $a.text));
                end
                """;

        RuleSet ruleSet = TestServices.compile(TestServices.companyModel(), drl);

        assertThat(ruleSet.derive(FileValues.builder().field("firstName", "Ana").build())
                        .computed())
                .containsEntry("first", "Ana");
    }

    /**
     * The core rules look the catalogue up instead of matching its facts, so a session holds only the catalogue facts
     * some rule matches: a service rule that matches them still finds every one.
     */
    @Test
    void aServiceRuleStillMatchesCatalogueFacts() {
        String drl =
                """
                import org.eregistrations.engine.model.RegistrationDecl
                import org.eregistrations.engine.model.Resolves

                rule "Each resolved certificate of a mandatory registration is counted"
                when
                    RegistrationDecl($r : id, mandatory == true)
                    accumulate(Resolves(registration == $r, kind == Kind.CERTIFICATE); $count : count())
                then
                    insertLogical(new Computed("certificates." + $r, $count.intValue()));
                end
                """;

        RuleSet ruleSet = TestServices.compile(TestServices.companyModel(), drl);

        assertThat(String.valueOf(ruleSet.derive(FileValues.empty()).computed().get("certificates.company")))
                .isEqualTo("1");
    }

    /** The core rules' global is the engine's: a service rule that names it is refused like any unknown name. */
    @Test
    void aServiceRuleCannotNameTheCoreRulesCatalogue() {
        String drl =
                """
                rule "Reads the catalogue the core rules read"
                when
                    Answer(name == "capital")
                then
                    insertLogical(new Computed("sole", catalogue.isSole("company")));
                end
                """;

        assertThatThrownBy(() -> new RuleSetCompiler()
                        .compile(new RuleSetSource(
                                TestServices.companyModel(), List.of(new RuleFile("rules.drl", drl)))))
                .isInstanceOf(RuleSetCompilationException.class)
                .hasMessageContaining("the name 'catalogue' is not allowed in rules");
    }

    @Test
    void refusedRuleIsReportedAtItsLineAndNeverCompiled() {
        String drl =
                """
                package rules.company

                rule "Reads a setting of the server"
                when
                    Answer(name == "capital")
                then
                    insertLogical(new Computed("home", System.getProperty("user.home")));
                end
                """;

        assertThatThrownBy(() -> new RuleSetCompiler()
                        .compile(new RuleSetSource(
                                TestServices.companyModel(), List.of(new RuleFile("rules.drl", drl)))))
                .isInstanceOf(RuleSetCompilationException.class)
                .hasMessage("rules.drl:7:40: the name 'System' is not allowed in rules"
                        + " (rules may only read facts and derive facts)");
    }
}

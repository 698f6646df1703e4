package org.eregistrations.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the sandbox lets through and where it puts a refusal; the hostile bundles are in services-config. */
class RuleSandboxTest {
    private static List<Refusal> check(String conditions, String consequence) {
        return RuleSandbox.check(
                "rules.drl",
                """
                package rules.x
                import java.math.RoundingMode
                rule "r"
                when
                %s
                then
                %s
                end
                """
                        .formatted(conditions, consequence));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "$list : List(size >= 2) from collect(Field(list == \"shareholders\"))",
                "$list : ArrayList(empty == false) from collect(Field(list == \"shareholders\"))",
                "exists Answer(name == \"a\") or Answer(name == \"b\", text in (\"x\", \"y\"))",
                "forall($f : Field(list == \"s\") Field(this == $f, text != null))",
                "Answer(name == \"capital\", number.compareTo(BigDecimal.TEN) > 0, $n : number)",
                "Applicable(kind == Kind.REGISTRATION, id str[startsWith] \"nit\")",
                "accumulate(Amount($a : amount); $sum : sum($a), $max : max($a))",
                "Answer(name == \"d\", $d : value) Computed(name == \"x\", value == $d)"
            })
    void conditionsOverFactsAreAllowed(String conditions) {
        assertThat(check(conditions, "insertLogical(new Computed(\"ok\", true));"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "var total = BigDecimal.ZERO; total = total.add(new BigDecimal(\"2.5\"));"
                        + " insertLogical(new Amount(\"fee\", total.setScale(0, RoundingMode.CEILING)));",
                "int n = 3; n++; if (n > 3 && !false) { insert(new Computed(\"n\", n)); } else { }",
                "insertLogical(new Computed(\"d\", LocalDate.parse(\"2026-01-31\").plusDays(1).getDayOfWeek().getValue()));",
                "insertLogical(new Computed(\"m\", Math.max(1, Math.round(2.4)) + \" \" + \"A\".toLowerCase()));",
                "insertLogical(new NotApplicable(Kind.REQUIREMENT, \"x\"))",
                "insertLogical(new Amount(\"fee\", new BigDecimal(\"1.05\").pow(3).setScale(-2, RoundingMode.UP)));",
                "insertLogical(new Computed(\"days\", ChronoUnit.DAYS.between(LocalDate.of(2026, 1, 1),"
                        + " LocalDate.parse(\"2026-03-01\"))));",
                "insertLogical(new Computed(\"p\", \"C:\\\\users\".replace(\"\\\\\", \"/\") + Math.pow(2, 10)));"
            })
    void pureConsequencesAreAllowed(String consequence) {
        assertThat(check("Answer(name == \"capital\")", consequence)).isEmpty();
    }

    @Test
    void refusalNamesTheExactPlaceInTheFile() {
        List<Refusal> refused = check(
                "Answer(name == \"capital\")",
                "    BigDecimal fee = BigDecimal.ONE;\n    fee.getClass().getClassLoader();");

        assertThat(refused)
                .extracting(Refusal::toString)
                .containsExactly("rules.drl:8:5: the method BigDecimal.getClass is not allowed in rules"
                        + " (rules may only read facts and derive facts)");
    }

    @Test
    void anUnknownFieldOfAFactIsNamedWithTheFieldsTheFactHas() {
        assertThat(check("Answer(name == \"capital\", numbr > 3)", "insertLogical(new Computed(\"ok\", true));"))
                .extracting(Refusal::toString)
                .containsExactly(
                        "rules.drl:5:27: Answer has no field 'numbr'; it has: name, value, flag, number, text");
        assertThat(check("Field(name == \"city\", $c : txt)", "insertLogical(new Computed(\"c\", $c));"))
                .extracting(Refusal::toString)
                .as("the binding of the misspelt field is not refused again where it is used")
                .containsExactly(
                        "rules.drl:5:23: Field has no field 'txt'; it has: name, list, item, value, flag, number, text");
        assertThat(check("$a : Amount(cost == \"fee\")", "insertLogical(new Computed(\"a\", $a.amout));"))
                .extracting(Refusal::message)
                .containsExactly("Amount has no field 'amout'; it has: cost, amount");
    }

    @Test
    void aNameThatCannotBeAFieldIsStillRefusedAsNotAllowed() {
        assertThat(check("Answer(name == \"capital\", System != null)", "insertLogical(new Computed(\"ok\", true));"))
                .extracting(Refusal::message)
                .containsExactly("the name 'System'" + Violations.REASON);
    }

    @Test
    void textThatIsNoStatementIsRefusedToo() {
        assertThat(check("Answer()", "modify($x) { setName(\"y\") }"))
                .singleElement()
                .extracting(Refusal::message)
                .asString()
                .startsWith("code that is not a plain statement");
    }

    @Test
    void domainSpecificLanguageIsRefused() {
        assertThat(
                        RuleSandbox.check(
                                "rules.drl",
                                "package x\nexpander evil.dsl\nrule \"r\"\nwhen\n    There is an answer\nthen\n    Mark it\nend\n"))
                .isNotEmpty();
    }

    @Test
    void unparseableFileIsRefusedWithTheParsersMessage() {
        assertThat(RuleSandbox.check("bad.drl", "package x\nrule \"r\" when Answer( then end"))
                .isNotEmpty()
                .allSatisfy(refusal -> assertThat(refusal.file()).isEqualTo("bad.drl"));
    }
}

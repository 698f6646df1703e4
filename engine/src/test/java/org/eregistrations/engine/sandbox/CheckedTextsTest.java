package org.eregistrations.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A text written again is checked again unless it was allowed before in exactly the same context. */
class CheckedTextsTest {
    private static List<String> refusals(String drl) {
        return RuleSandbox.check("rules.drl", "package rules.x\n" + drl).stream()
                .map(Refusal::toString)
                .toList();
    }

    private static String rule(String name, String conditions, String consequence) {
        return """
                rule "%s"
                when
                    %s
                then
                    %s
                end
                """
                .formatted(name, conditions, consequence);
    }

    @Test
    void aRefusedTextIsRefusedAtEveryPlaceItIsWritten() {
        String hostile = "insertLogical(new Computed(\"x\", System.getenv(\"HOME\")));";

        List<String> refused = refusals(rule("a", "Answer(name == \"q\")", hostile)
                + rule("b", "Answer(name == \"q\")", hostile)
                + rule("c", "Answer(name == \"q\", System.exit(1) == null)", "")
                + rule("d", "Answer(name == \"q\", System.exit(1) == null)", ""));

        assertThat(refused).hasSize(4).allMatch(message -> message.contains("the name 'System' is not allowed"));
        assertThat(refused.stream().map(message -> message.split(":")[1])).containsExactly("6", "12", "16", "22");
    }

    @Test
    void aConstraintAllowedInsideOneFactIsCheckedAgainInsideAnother() {
        List<String> refused = refusals(rule("a", "Answer(flag == true)", "")
                + rule("b", "Requested(flag == true)", "")
                + rule("c", "Answer(flag == true)", ""));

        assertThat(refused).singleElement().asString().startsWith("rules.drl:10:");
    }

    @Test
    void aTextAllowedWithOneBindingIsCheckedAgainWithAnother() {
        List<String> refused = refusals(rule(
                        "a",
                        "Answer($v : number) Answer(number == $v)",
                        "insertLogical(new Computed(\"x\", $v.abs()));")
                + rule("b", "Answer($v : text) Answer(number == $v)", "insertLogical(new Computed(\"x\", $v.abs()));"));

        assertThat(refused).singleElement().asString().contains("the method String.abs");
    }

    @Test
    void aConstraintTakenFromWhatWasAllowedStillBindsItsVariable() {
        String conditions = "Answer(name == \"q0\", $yes : flag)";

        assertThat(refusals(rule("a", conditions, "insertLogical(new Computed(\"a\", $yes ? 1 : 0));")
                        + rule("b", conditions, "insertLogical(new Computed(\"b\", $yes ? 1 : 0));")))
                .isEmpty();
        assertThat(refusals(rule("a", conditions, "")
                        + rule("b", conditions, "insertLogical(new Computed(\"b\", $yes.getClass()));")))
                .singleElement()
                .asString()
                .contains("the method Boolean.getClass");
    }

    @Test
    void afterItsLimitTheSandboxChecksEveryTextAgain() {
        String drl = IntStream.range(0, CheckedTexts.LIMIT + 10)
                        .mapToObj(i -> rule("r" + i, "Answer(name == \"q" + i + "\")", ""))
                        .collect(Collectors.joining())
                + rule("last", "Answer(name == \"q0\")", "insertLogical(new Computed(\"x\", Runtime.getRuntime()));");

        assertThat(refusals(drl)).singleElement().asString().contains("the name 'Runtime'");
    }

    @Test
    void aLargeFileCheckedInPartsIsRefusedInTheOrderOfTheFile() {
        int rules = RuleSandbox.RULES_PER_PART * 5;
        String drl = IntStream.range(0, rules)
                .mapToObj(i -> rule(
                        "r" + i,
                        i % 97 == 5 ? "Answer(name == \"q\", System.nanoTime() > 0)" : "Answer(name == \"q\")",
                        i % 89 == 7 ? "java.lang.System.exit(" + i + ");" : "insertLogical(new Computed(\"x\", 1));"))
                .collect(Collectors.joining());

        List<String> refused = refusals(drl);

        List<String> expected = IntStream.range(0, rules)
                .filter(i -> i % 97 == 5 || i % 89 == 7)
                .boxed()
                .flatMap(i -> java.util.stream.Stream.of(i % 97 == 5 ? 6 * i + 4 : -1, i % 89 == 7 ? 6 * i + 6 : -1))
                .filter(line -> line > 0)
                .map(line -> "rules.drl:" + line)
                .toList();
        assertThat(refused.stream().map(message -> message.substring(0, message.indexOf(':', 10))))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void keepsNoMoreThanItsLimit() {
        CheckedTexts checked = new CheckedTexts();
        Scope scope = Scope.conditions();
        for (int i = 0; i < CheckedTexts.LIMIT + 10; i++) {
            checked.allow(CheckedTexts.key("name == \"" + i + "\"", false, scope), java.util.Map.of());
        }

        assertThat(checked.size()).isEqualTo(CheckedTexts.LIMIT);
        assertThat(checked.allowed(CheckedTexts.key("name == \"0\"", false, scope)))
                .isPresent();
        assertThat(checked.allowed(CheckedTexts.key("name == \"0\"", true, scope)))
                .isEmpty();
    }
}

package org.eregistrations.benchmarks;

import static org.eregistrations.benchmarks.GDefinition.Q0_SURCHARGE;
import static org.eregistrations.benchmarks.GDefinition.baseAmount;
import static org.eregistrations.benchmarks.GDefinition.cost;
import static org.eregistrations.benchmarks.GDefinition.nextRegistration;
import static org.eregistrations.benchmarks.GDefinition.question;
import static org.eregistrations.benchmarks.GDefinition.questionOf;
import static org.eregistrations.benchmarks.GDefinition.registration;
import static org.eregistrations.benchmarks.GDefinition.replacedByPrevious;
import static org.eregistrations.benchmarks.GDefinition.requirement;

import java.util.List;

/**
 * Writes the DRL of G(N) the way a configurator writes it by hand: one rule per registration, one per requirement
 * (plus one for each requirement that another replaces) and one per cost, each naming its members literally.
 */
public final class GeneratedRules {
    private GeneratedRules() {}

    /** The whole rule file of G(N), in package {@code generated}. */
    public static String drl(int n) {
        StringBuilder drl = new StringBuilder(n * 700);
        drl.append("package generated;\n");
        for (int i = 0; i < n; i++) {
            registrationRule(drl, i, n);
        }
        for (int j = 0; j < n; j++) {
            requirementRules(drl, j, n);
        }
        for (int i = 0; i < n; i++) {
            costRule(drl, i);
        }
        return drl.toString();
    }

    private static void registrationRule(StringBuilder drl, int i, int n) {
        String q = question(questionOf(i, n));
        rule(
                drl,
                registration(i) + " applies when " + q + " is yes",
                List.of("Answer(name == " + quoted(q) + ", flag == true)"),
                List.of("insertLogical(new Applicable(Kind.REGISTRATION, " + quoted(registration(i)) + "));"));
    }

    private static void requirementRules(StringBuilder drl, int j, int n) {
        String first = registration(j);
        String second = registration(nextRegistration(j, n));
        rule(
                drl,
                requirement(j) + " is resolved when " + first + " or " + second + " is requested",
                List.of("Requested(registration == " + quoted(first) + ") or Requested(registration == "
                        + quoted(second) + ")"),
                List.of("insertLogical(new Resolved(" + quoted(requirement(j)) + "));"));
        if (replacedByPrevious(j)) {
            String previous = requirement(j - 1);
            rule(
                    drl,
                    requirement(j) + " does not apply when " + previous + " is resolved",
                    List.of("Resolved(requirement == " + quoted(previous) + ")"),
                    List.of("insertLogical(new NotApplicable(Kind.REQUIREMENT, " + quoted(requirement(j)) + "));"));
        }
    }

    private static void costRule(StringBuilder drl, int i) {
        rule(
                drl,
                cost(i) + " applies when " + registration(i) + " is requested and costs " + baseAmount(i) + ", plus "
                        + Q0_SURCHARGE + " when q0 is yes",
                List.of(
                        "Requested(registration == " + quoted(registration(i)) + ")",
                        "Answer(name == \"q0\", $yes : flag)"),
                List.of(
                        "insertLogical(new Applicable(Kind.COST, " + quoted(cost(i)) + "));",
                        "insertLogical(new Amount(" + quoted(cost(i)) + ", " + baseAmount(i) + " + ($yes ? "
                                + Q0_SURCHARGE + " : 0)));"));
    }

    private static void rule(StringBuilder drl, String name, List<String> when, List<String> then) {
        drl.append("\nrule ").append(quoted(name)).append("\nwhen\n");
        when.forEach(condition -> drl.append("    ").append(condition).append('\n'));
        drl.append("then\n");
        then.forEach(action -> drl.append("    ").append(action).append('\n'));
        drl.append("end\n");
    }

    private static String quoted(String text) {
        return '"' + text + '"';
    }
}

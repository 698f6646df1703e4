package org.eregistrations.benchmarks;

import static org.eregistrations.benchmarks.GDefinition.baseAmount;
import static org.eregistrations.benchmarks.GDefinition.cost;
import static org.eregistrations.benchmarks.GDefinition.nextRegistration;
import static org.eregistrations.benchmarks.GDefinition.question;
import static org.eregistrations.benchmarks.GDefinition.questionOf;
import static org.eregistrations.benchmarks.GDefinition.registration;
import static org.eregistrations.benchmarks.GDefinition.replacedByPrevious;
import static org.eregistrations.benchmarks.GDefinition.requirement;

/** Writes the DRL of G(N) the way a configurator writes it by hand: one rule per registration, requirement and cost. */
public final class GeneratedRules {
    private GeneratedRules() {}

    /** The whole rule file of G(N), in package {@code generated}. */
    public static String drl(int n) {
        StringBuilder drl = new StringBuilder(n * 600);
        drl.append("package generated;\n");
        for (int i = 0; i < n; i++) {
            registrationRule(drl, i, n);
        }
        for (int j = 0; j < n; j++) {
            requirementRules(drl, j, n);
        }
        for (int i = 0; i < n; i++) {
            costRules(drl, i);
        }
        return drl.toString();
    }

    private static void registrationRule(StringBuilder drl, int i, int n) {
        String q = question(questionOf(i, n));
        rule(
                drl,
                registration(i) + " applies when " + q + " is yes",
                "Answer(name == \"" + q + "\", flag == true)",
                "insertLogical(new Applicable(REGISTRATION, \"" + registration(i) + "\"));");
    }

    private static void requirementRules(StringBuilder drl, int j, int n) {
        String first = registration(j);
        String second = registration(nextRegistration(j, n));
        rule(
                drl,
                requirement(j) + " is resolved when " + first + " or " + second + " is requested",
                "Requested(registration == \"" + first + "\") or Requested(registration == \"" + second + "\")",
                "insertLogical(new Resolved(\"" + requirement(j) + "\"));");
        if (replacedByPrevious(j)) {
            String previous = requirement(j - 1);
            rule(
                    drl,
                    requirement(j) + " does not apply when " + previous + " is resolved",
                    "Resolved(requirement == \"" + previous + "\")",
                    "insertLogical(new NotApplicable(REQUIREMENT, \"" + requirement(j) + "\"));");
        }
    }

    private static void costRules(StringBuilder drl, int i) {
        rule(
                drl,
                cost(i) + " applies when " + registration(i) + " is requested",
                "Requested(registration == \"" + registration(i) + "\")",
                "insertLogical(new Applicable(COST, \"" + cost(i) + "\"));");
        rule(
                drl,
                cost(i) + " costs " + baseAmount(i) + ", plus " + GDefinition.Q0_SURCHARGE + " when q0 is yes",
                "Answer(name == \"q0\", $yes : flag)",
                "insertLogical(new Amount(\"" + cost(i) + "\", " + baseAmount(i) + " + ($yes ? "
                        + GDefinition.Q0_SURCHARGE + " : 0)));");
    }

    private static void rule(StringBuilder drl, String name, String when, String then) {
        drl.append("\nrule \"")
                .append(name)
                .append("\"\nwhen\n    ")
                .append(when)
                .append("\nthen\n    ")
                .append(then)
                .append("\nend\n");
    }
}

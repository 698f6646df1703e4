package org.eregistrations.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.eregistrations.engine.derivation.FileValues;

/** G(N) derived directly in plain Java from a file's values: the limit the engine is compared against. */
public final class PlainJavaG {
    private final int n;
    private final String[] questions;
    private final String[] registrations;
    private final String[] requirements;
    private final String[] costs;

    public PlainJavaG(int n) {
        this.n = n;
        this.questions = ids(GDefinition.questionCount(n), GDefinition::question);
        this.registrations = ids(n, GDefinition::registration);
        this.requirements = ids(n, GDefinition::requirement);
        this.costs = ids(n, GDefinition::cost);
    }

    /** Every set of G(N) for these values. */
    public GSets derive(FileValues values) {
        boolean[] yes = answers(values.answers());
        boolean[] requested = new boolean[n];
        List<String> applicable = new ArrayList<>();
        List<String> mandatory = new ArrayList<>();
        List<String> requestedIds = new ArrayList<>();
        Set<String> checked = values.checked();
        for (int i = 0; i < n; i++) {
            if (!yes[i % questions.length]) {
                continue;
            }
            applicable.add(registrations[i]);
            boolean isMandatory = GDefinition.mandatory(i);
            if (isMandatory) {
                mandatory.add(registrations[i]);
            }
            if (isMandatory || checked.contains(registrations[i])) {
                requested[i] = true;
                requestedIds.add(registrations[i]);
            }
        }
        boolean[] resolved = new boolean[n];
        List<String> resolvedIds = new ArrayList<>();
        List<String> requirementsApplicable = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            resolved[j] = requested[j] || requested[GDefinition.nextRegistration(j, n)];
            if (resolved[j]) {
                resolvedIds.add(requirements[j]);
            }
        }
        for (int j = 0; j < n; j++) {
            if (resolved[j] && !(GDefinition.replacedByPrevious(j) && resolved[j - 1])) {
                requirementsApplicable.add(requirements[j]);
            }
        }
        return withCosts(applicable, mandatory, requestedIds, resolvedIds, requirementsApplicable, requested, yes[0]);
    }

    private GSets withCosts(
            List<String> applicable,
            List<String> mandatory,
            List<String> requestedIds,
            List<String> resolvedIds,
            List<String> requirementsApplicable,
            boolean[] requested,
            boolean q0) {
        List<String> costsApplicable = new ArrayList<>();
        List<String> payable = new ArrayList<>();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (!requested[i]) {
                continue;
            }
            long amount = GDefinition.baseAmount(i) + (q0 ? GDefinition.Q0_SURCHARGE : 0);
            costsApplicable.add(costs[i]);
            amounts.put(costs[i], BigDecimal.valueOf(amount));
            if (amount != 0) {
                payable.add(costs[i]);
                total += amount;
            }
        }
        return new GSets(
                applicable,
                mandatory,
                requestedIds,
                resolvedIds,
                requirementsApplicable,
                costsApplicable,
                payable,
                amounts,
                BigDecimal.valueOf(total));
    }

    private boolean[] answers(Map<String, Object> answers) {
        boolean[] yes = new boolean[questions.length];
        for (int q = 0; q < questions.length; q++) {
            yes[q] = Boolean.TRUE.equals(answers.get(questions[q]));
        }
        return yes;
    }

    private static String[] ids(int count, IntFunction<String> id) {
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = id.apply(i);
        }
        return ids;
    }
}

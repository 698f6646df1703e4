package org.eregistrations.engine.derivation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.engine.fact.Missing;

/**
 * What the rules derived from a file's values: every set of {@link DerivedSet} in catalogue order, the amount of each
 * applicable cost and the total of the payable ones, the document chosen for each requirement upload, the computed
 * values, and what is still missing before the file can be sent.
 */
public record Derivation(
        String ruleSetVersion,
        Map<DerivedSet, List<String>> sets,
        Map<String, BigDecimal> amounts,
        BigDecimal total,
        Map<String, String> chosenDocuments,
        Map<String, Object> computed,
        List<Missing> missing) {
    public Derivation {
        EnumMap<DerivedSet, List<String>> copy = new EnumMap<>(DerivedSet.class);
        for (DerivedSet set : DerivedSet.values()) {
            copy.put(set, List.copyOf(sets.getOrDefault(set, List.of())));
        }
        sets = Collections.unmodifiableMap(copy);
        // a CostAmounts is immutable already, and copying it would cost a map entry per applicable cost
        amounts = amounts instanceof CostAmounts ? amounts : Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
        chosenDocuments = Collections.unmodifiableMap(new LinkedHashMap<>(chosenDocuments));
        computed = Collections.unmodifiableMap(new LinkedHashMap<>(computed));
        missing = List.copyOf(missing);
    }

    /** Nothing derived yet: what the first change of a live session is measured from. */
    public static Derivation empty(String ruleSetVersion) {
        return new Derivation(ruleSetVersion, Map.of(), Map.of(), BigDecimal.ZERO, Map.of(), Map.of(), List.of());
    }

    public List<String> get(DerivedSet set) {
        return sets.get(set);
    }

    /** The seed's {@code is<Field>Applicable}. */
    public boolean isFieldApplicable(String field) {
        return sets.get(DerivedSet.FIELDS_APPLICABLE).contains(field);
    }

    /** Whether nothing required is missing, so the file can be sent. */
    public boolean isComplete() {
        return missing.isEmpty();
    }
}

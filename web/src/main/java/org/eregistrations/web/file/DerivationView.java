package org.eregistrations.web.file;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.fact.Missing;

/** A derivation as the API shows it: sets by their DESIGN.md names, amounts, total, computed values, missing paths. */
public record DerivationView(
        String rulesetVersion,
        Map<String, List<String>> sets,
        Map<String, BigDecimal> amounts,
        BigDecimal total,
        Map<String, String> chosenDocuments,
        Map<String, Object> computed,
        List<String> missing,
        boolean complete) {
    public static DerivationView of(Derivation derivation) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (DerivedSet set : DerivedSet.values()) {
            sets.put(set.key(), derivation.get(set));
        }
        return new DerivationView(
                derivation.ruleSetVersion(),
                sets,
                derivation.amounts(),
                derivation.total(),
                derivation.chosenDocuments(),
                derivation.computed(),
                derivation.missing().stream().map(Missing::path).toList(),
                derivation.isComplete());
    }
}

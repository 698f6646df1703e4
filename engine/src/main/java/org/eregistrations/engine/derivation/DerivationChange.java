package org.eregistrations.engine.derivation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed from one {@link Derivation} of a ruleset version to the next, so that a page can swap only what
 * changed: the members that joined and left each set, the costs whose amount, the uploads whose chosen document and
 * the computed properties whose value changed (appeared, went or took another value), and whether the total and the
 * missing items changed.
 *
 * <pre>{@code
 * LiveDerivation.Update update = live.update(values);
 * update.change().sets().get(DerivedSet.COSTS_PAYABLE); // Members[added=[nitFee], removed=[]]
 * }</pre>
 */
public record DerivationChange(
        Map<DerivedSet, Members> sets,
        Set<String> amounts,
        boolean totalChanged,
        Set<String> chosenDocuments,
        Set<String> computed,
        boolean missingChanged) {
    /** The members that joined and that left one set, each in catalogue order; at least one of them is not empty. */
    public record Members(List<String> added, List<String> removed) {
        public Members {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            if (added.isEmpty() && removed.isEmpty()) {
                throw new IllegalArgumentException("added and removed must not both be empty");
            }
        }
    }

    public DerivationChange {
        EnumMap<DerivedSet, Members> copy = new EnumMap<>(DerivedSet.class);
        copy.putAll(Objects.requireNonNull(sets, "sets must not be null"));
        sets = Collections.unmodifiableMap(copy);
        amounts = Collections.unmodifiableSet(new TreeSet<>(amounts));
        chosenDocuments = Collections.unmodifiableSet(new TreeSet<>(chosenDocuments));
        computed = Collections.unmodifiableSet(new TreeSet<>(computed));
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return sets.isEmpty()
                && amounts.isEmpty()
                && !totalChanged
                && chosenDocuments.isEmpty()
                && computed.isEmpty()
                && !missingChanged;
    }

    /**
     * The change from {@code before} to {@code after}, found by comparing them whole; a live session finds the same
     * change from the facts that came and went.
     */
    public static DerivationChange between(Derivation before, Derivation after) {
        Map<DerivedSet, Members> sets = new EnumMap<>(DerivedSet.class);
        for (DerivedSet set : DerivedSet.values()) {
            List<String> was = before.get(set);
            List<String> is = after.get(set);
            if (!was.equals(is)) {
                sets.put(set, new Members(without(is, was), without(was, is)));
            }
        }
        return new DerivationChange(
                sets,
                changedKeys(before.amounts(), after.amounts()),
                !before.total().equals(after.total()),
                changedKeys(before.chosenDocuments(), after.chosenDocuments()),
                changedKeys(before.computed(), after.computed()),
                !before.missing().equals(after.missing()));
    }

    private static List<String> without(List<String> ids, List<String> others) {
        Set<String> exclude = new HashSet<>(others);
        return ids.stream().filter(id -> !exclude.contains(id)).toList();
    }

    private static Set<String> changedKeys(Map<String, ?> before, Map<String, ?> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(key -> Objects.equals(before.get(key), after.get(key)));
        return keys;
    }
}

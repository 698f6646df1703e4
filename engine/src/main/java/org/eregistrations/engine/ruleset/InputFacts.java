package org.eregistrations.engine.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.AffidavitSigned;
import org.eregistrations.engine.fact.Answer;
import org.eregistrations.engine.fact.Checked;
import org.eregistrations.engine.fact.Chosen;
import org.eregistrations.engine.fact.Field;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The facts of a file's values that a session holds, brought to other values by difference: each kind of value is
 * compared with the one held before, so a change costs lookups in the values, not a fact per value.
 */
final class InputFacts {
    private final KieSession session;
    private final Map<Object, FactHandle> handles = new HashMap<>();
    private FileValues held = FileValues.empty();
    private Set<Field> heldFields = Set.of();

    InputFacts(KieSession session) {
        this.session = session;
    }

    /** Deletes the facts of values that went or changed, then inserts those of values that came or changed. */
    void bringTo(FileValues values) {
        List<Object> gone = new ArrayList<>();
        List<Object> come = new ArrayList<>();
        Set<Field> fields = new LinkedHashSet<>(values.fields());
        differ(held.answers(), values.answers(), Answer::new, gone, come);
        differ(heldFields, fields, field -> field, gone, come);
        differ(held.checked(), values.checked(), Checked::new, gone, come);
        differ(held.chosen(), values.chosen(), Chosen::new, gone, come);
        differ(held.uploaded(), values.uploaded(), upload -> upload, gone, come);
        differ(
                held.affidavitSigned() ? Set.of(true) : Set.of(),
                values.affidavitSigned() ? Set.of(true) : Set.of(),
                signed -> new AffidavitSigned(),
                gone,
                come);
        for (Object fact : gone) {
            FactHandle handle = handles.remove(fact);
            if (handle != null) {
                session.delete(handle);
            }
        }
        for (Object fact : come) {
            if (!handles.containsKey(fact)) {
                handles.put(fact, session.insert(fact));
            }
        }
        held = values;
        heldFields = fields;
    }

    private static <K, V> void differ(
            Map<K, V> before, Map<K, V> after, BiFunction<K, V, Object> fact, List<Object> gone, List<Object> come) {
        if (before.equals(after)) {
            return;
        }
        before.forEach((key, value) -> {
            if (!Objects.equals(value, after.get(key))) {
                gone.add(fact.apply(key, value));
            }
        });
        after.forEach((key, value) -> {
            if (!Objects.equals(value, before.get(key))) {
                come.add(fact.apply(key, value));
            }
        });
    }

    private static <T> void differ(
            Set<T> before, Set<T> after, Function<T, Object> fact, List<Object> gone, List<Object> come) {
        if (before.equals(after)) {
            return;
        }
        before.forEach(member -> {
            if (!after.contains(member)) {
                gone.add(fact.apply(member));
            }
        });
        after.forEach(member -> {
            if (!before.contains(member)) {
                come.add(fact.apply(member));
            }
        });
    }
}

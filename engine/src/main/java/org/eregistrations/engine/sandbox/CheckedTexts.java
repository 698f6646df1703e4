package org.eregistrations.engine.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The constraints and actions of one file that the sandbox has already allowed, each with the context it was checked
 * in, so that a text written again in the same context (rules written by a generator or copied by hand repeat their
 * conditions) is not read and checked again.
 *
 * <p>Only allowed texts are kept: a refused text is checked, and refused, every time it occurs, with the position of
 * that occurrence. A check depends on nothing but the text and its context — the fact type a constraint is inside, the
 * variables bound before it with their types, and whether it is an action — so an entry says exactly what checking the
 * text again would say: allowed, binding these variables. At most {@link #LIMIT} entries are kept; past that, texts
 * are simply checked again.
 */
final class CheckedTexts {
    static final int LIMIT = 4096;

    /**
     * The context of a check.
     *
     * @param self the fact type a constraint is read inside, or {@code null} for an action
     * @param bindings the variables bound before the text, with their types
     * @param locals the local variables declared before the text, with their types (none in the conditions)
     */
    record Key(
            String text, boolean action, Class<?> self, Map<String, Class<?>> bindings, Map<String, Class<?>> locals) {}

    private final Map<Key, Map<String, Class<?>>> allowed = new HashMap<>();

    /** The key of a text checked in {@code scope}: its names are copied, so later bindings do not change the key. */
    static Key key(String text, boolean action, Scope scope) {
        return new Key(text, action, scope.self().orElse(null), scope.bindings(), scope.locals());
    }

    /** The variables an allowed text binds, or empty when it has not been allowed in this context before. */
    Optional<Map<String, Class<?>>> allowed(Key key) {
        return Optional.ofNullable(allowed.get(key));
    }

    /** Remembers that the text was allowed in its context and bound {@code bound} (variable to type). */
    void allow(Key key, Map<String, Class<?>> bound) {
        if (allowed.size() < LIMIT) {
            allowed.put(key, Map.copyOf(bound));
        }
    }

    int size() {
        return allowed.size();
    }

    /** The variables of {@code after} that {@code before} did not have, or had with another type. */
    static Map<String, Class<?>> bound(Map<String, Class<?>> before, Map<String, Class<?>> after) {
        Map<String, Class<?>> bound = new HashMap<>();
        after.forEach((name, type) -> {
            if (before.get(name) != type) {
                bound.put(name, type);
            }
        });
        return bound;
    }
}

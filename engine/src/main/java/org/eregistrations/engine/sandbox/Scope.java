package org.eregistrations.engine.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names an expression may use: variables bound by the conditions, locals of a consequence, and, inside a pattern,
 * the properties of the fact it matches.
 */
final class Scope {
    private final Map<String, Class<?>> bindings;
    private final Map<String, Class<?>> locals = new HashMap<>();
    private final Class<?> self;

    private Scope(Map<String, Class<?>> bindings, Class<?> self) {
        this.bindings = bindings;
        this.self = self;
    }

    /** The scope of a rule's conditions: bindings are added as the patterns are read. */
    static Scope conditions() {
        return new Scope(new HashMap<>(), null);
    }

    /** The scope inside a pattern of {@code type}: its properties, and the rule's bindings so far. */
    Scope inside(Class<?> type) {
        return new Scope(bindings, type);
    }

    /** The scope of the consequence: every binding of the conditions, and its own locals. */
    Scope consequence() {
        return new Scope(new HashMap<>(bindings), null);
    }

    /** The scope inside {@code not}, {@code exists}, {@code forall} or the source of an {@code accumulate}: its
     * bindings are not seen after it. */
    Scope nested() {
        return new Scope(new HashMap<>(bindings), null);
    }

    void bind(String name, Class<?> type) {
        bindings.put(name, type);
    }

    void declareLocal(String name, Class<?> type) {
        locals.put(name, type);
    }

    boolean isLocal(String name) {
        return locals.containsKey(name);
    }

    boolean isDeclared(String name) {
        return locals.containsKey(name) || bindings.containsKey(name);
    }

    Optional<Class<?>> variable(String name) {
        Class<?> type = locals.containsKey(name) ? locals.get(name) : bindings.get(name);
        return Optional.ofNullable(type);
    }

    /** A copy of the variables bound by the conditions so far. */
    Map<String, Class<?>> bindings() {
        return Map.copyOf(bindings);
    }

    /** A copy of the local variables declared so far. */
    Map<String, Class<?>> locals() {
        return Map.copyOf(locals);
    }

    /** Binds every variable of {@code bound} (name to type), as checking a text that bound them would have. */
    void bindAll(Map<String, Class<?>> bound) {
        bindings.putAll(bound);
    }

    Optional<Class<?>> self() {
        return Optional.ofNullable(self);
    }
}

package org.eregistrations.engine.sandbox;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The properties a rule can read of a fact, to name them when a rule reads one the fact lacks: {@code Answer has no
 * field 'numbr'; it has: name, value, flag, number, text}. Exactly the names {@link Allowlist#accessorOf} accepts.
 */
final class FactProperties {
    private FactProperties() {}

    /** A record's components in their order, then its other readable properties by name; none for a non-fact. */
    static List<String> of(Class<?> type) {
        if (!Allowlist.isFact(type)) {
            return List.of();
        }
        Set<String> properties = new LinkedHashSet<>();
        if (type.isRecord()) {
            Arrays.stream(type.getRecordComponents()).forEach(component -> properties.add(component.getName()));
        }
        Arrays.stream(type.getDeclaredMethods())
                .map(method -> propertyName(method.getName()))
                .filter(name -> Allowlist.accessorOf(type, name).isPresent())
                .sorted()
                .forEach(properties::add);
        return List.copyOf(properties);
    }

    /** The message for a property the fact lacks. */
    static String missing(Class<?> type, String property) {
        return type.getSimpleName() + " has no field '" + property + "'; it has: " + String.join(", ", of(type));
    }

    private static String propertyName(String accessor) {
        for (String prefix : List.of("get", "is")) {
            if (accessor.length() > prefix.length()
                    && accessor.startsWith(prefix)
                    && Character.isUpperCase(accessor.charAt(prefix.length()))) {
                return Character.toLowerCase(accessor.charAt(prefix.length()))
                        + accessor.substring(prefix.length() + 1);
            }
        }
        return accessor;
    }
}

package org.eregistrations.engine.sandbox;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eregistrations.engine.fact.AffidavitSigned;
import org.eregistrations.engine.fact.Amount;
import org.eregistrations.engine.fact.Answer;
import org.eregistrations.engine.fact.Applicable;
import org.eregistrations.engine.fact.Checked;
import org.eregistrations.engine.fact.Chosen;
import org.eregistrations.engine.fact.Computed;
import org.eregistrations.engine.fact.Field;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.fact.Mandatory;
import org.eregistrations.engine.fact.Missing;
import org.eregistrations.engine.fact.NotApplicable;
import org.eregistrations.engine.fact.Payable;
import org.eregistrations.engine.fact.Requested;
import org.eregistrations.engine.fact.Resolved;
import org.eregistrations.engine.fact.Uploaded;
import org.eregistrations.engine.model.CostDecl;
import org.eregistrations.engine.model.FieldDecl;
import org.eregistrations.engine.model.ItemDecl;
import org.eregistrations.engine.model.QuestionDecl;
import org.eregistrations.engine.model.RegistrationDecl;
import org.eregistrations.engine.model.RequirementDecl;
import org.eregistrations.engine.model.Resolves;

/**
 * Everything a rule may name: the engine's facts, a few value types, and the pure methods of those types. A name that
 * is not here is refused; this class is the whole of what docs/configurator-guide.md calls "what rules may use".
 */
final class Allowlist {
    /** Facts a rule may match: the file's values, what the engine derives, and the catalogue's declarations. */
    static final List<Class<?>> FACTS = List.of(
            Answer.class,
            Field.class,
            Checked.class,
            Chosen.class,
            Uploaded.class,
            AffidavitSigned.class,
            Applicable.class,
            NotApplicable.class,
            Mandatory.class,
            Requested.class,
            Resolved.class,
            Amount.class,
            Payable.class,
            Missing.class,
            Computed.class,
            ItemDecl.class,
            RegistrationDecl.class,
            Resolves.class,
            CostDecl.class,
            RequirementDecl.class,
            FieldDecl.class,
            QuestionDecl.class);

    /** Facts a rule may create and insert: only what is derived, never a value of the file or of the catalogue. */
    static final Set<Class<?>> DERIVED = Set.of(
            Applicable.class,
            NotApplicable.class,
            Mandatory.class,
            Requested.class,
            Resolved.class,
            Amount.class,
            Payable.class,
            Missing.class,
            Computed.class);

    /** Value types a rule may name besides the facts; {@code java.lang} ones need no import. */
    static final List<Class<?>> VALUES = List.of(
            Kind.class,
            BigDecimal.class,
            RoundingMode.class,
            LocalDate.class,
            DayOfWeek.class,
            ChronoUnit.class,
            String.class,
            Math.class,
            Integer.class,
            Long.class,
            Double.class,
            Boolean.class,
            Number.class,
            Object.class);

    /** Result types of {@code collect}. */
    static final List<Class<?>> COLLECTIONS = List.of(List.class, ArrayList.class, Collection.class);

    /** Built-in {@code accumulate} functions: pure, and run only over facts. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average");

    /** The imports a file may have: the fact types (one by one or the package) and the value types. */
    static final Set<String> IMPORTS = Stream.of(
                    FACTS.stream().map(Class::getName),
                    VALUES.stream().map(Class::getName),
                    Stream.of("org.eregistrations.engine.fact.*", "org.eregistrations.engine.fact.Kind"))
            .flatMap(Function.identity())
            .collect(Collectors.toUnmodifiableSet());

    private static final Map<String, Class<?>> TYPES = Stream.of(FACTS, VALUES, COLLECTIONS)
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, type -> type));

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "toString", "hashCode");

    /** Pure instance methods per value type; fact types allow their own accessors (see {@link #instanceMethod}). */
    private static final Map<Class<?>, Set<String>> INSTANCE_METHODS = Map.ofEntries(
            Map.entry(
                    String.class,
                    Set.of(
                            "length",
                            "isEmpty",
                            "isBlank",
                            "trim",
                            "strip",
                            "toUpperCase",
                            "toLowerCase",
                            "substring",
                            "startsWith",
                            "endsWith",
                            "contains",
                            "equalsIgnoreCase",
                            "compareTo",
                            "compareToIgnoreCase",
                            "indexOf",
                            "lastIndexOf",
                            "charAt",
                            "concat",
                            "replace")),
            Map.entry(
                    BigDecimal.class,
                    Set.of(
                            "add",
                            "subtract",
                            "multiply",
                            "divide",
                            "divideToIntegralValue",
                            "remainder",
                            "negate",
                            "abs",
                            "max",
                            "min",
                            "compareTo",
                            "signum",
                            "setScale",
                            "scale",
                            "precision",
                            "stripTrailingZeros",
                            "intValue",
                            "longValue",
                            "doubleValue",
                            "toPlainString",
                            "movePointLeft",
                            "movePointRight",
                            "pow")),
            Map.entry(
                    LocalDate.class,
                    Set.of(
                            "plusDays",
                            "plusWeeks",
                            "plusMonths",
                            "plusYears",
                            "minusDays",
                            "minusWeeks",
                            "minusMonths",
                            "minusYears",
                            "getYear",
                            "getMonthValue",
                            "getDayOfMonth",
                            "getDayOfYear",
                            "getDayOfWeek",
                            "isBefore",
                            "isAfter",
                            "isEqual",
                            "isLeapYear",
                            "lengthOfMonth",
                            "lengthOfYear",
                            "compareTo",
                            "withDayOfMonth",
                            "withMonth",
                            "withYear")),
            Map.entry(DayOfWeek.class, Set.of("getValue", "compareTo", "name")),
            Map.entry(ChronoUnit.class, Set.of("between", "name")),
            Map.entry(Kind.class, Set.of("name", "namespace", "compareTo")),
            Map.entry(RoundingMode.class, Set.of("name")),
            Map.entry(Number.class, Set.of("intValue", "longValue", "doubleValue")),
            Map.entry(Boolean.class, Set.of("booleanValue", "compareTo")),
            Map.entry(List.class, Set.of("size", "isEmpty", "contains", "get")),
            Map.entry(Collection.class, Set.of("size", "isEmpty", "contains")));

    /** Pure static methods per type; {@code LocalDate.now()} is left out on purpose: a derivation must be repeatable. */
    private static final Map<Class<?>, Set<String>> STATIC_METHODS = Map.of(
            Math.class,
            Set.of("abs", "max", "min", "round", "floor", "ceil", "signum", "floorDiv", "floorMod", "sqrt", "pow"),
            BigDecimal.class,
            Set.of("valueOf"),
            LocalDate.class,
            Set.of("of", "parse"),
            String.class,
            Set.of("valueOf"),
            Integer.class,
            Set.of("valueOf", "parseInt"),
            Long.class,
            Set.of("valueOf", "parseLong"),
            Double.class,
            Set.of("valueOf", "parseDouble"),
            Boolean.class,
            Set.of("valueOf", "parseBoolean"));

    /** Types whose public static final fields (enum constants, {@code BigDecimal.ZERO}) a rule may read. */
    private static final Set<Class<?>> CONSTANTS =
            Set.of(Kind.class, RoundingMode.class, DayOfWeek.class, ChronoUnit.class, BigDecimal.class);

    private Allowlist() {}

    static Optional<Class<?>> type(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String simple = name.startsWith("java.lang.") ? name.substring("java.lang.".length()) : name;
        Class<?> type = TYPES.get(simple);
        if (type == null) {
            type = TYPES.values().stream()
                    .filter(candidate -> candidate.getName().equals(name))
                    .findFirst()
                    .orElse(null);
        }
        return Optional.ofNullable(type);
    }

    static boolean isFact(Class<?> type) {
        return FACTS.contains(type);
    }

    static boolean isConstructible(Class<?> type) {
        return DERIVED.contains(type) || type == BigDecimal.class;
    }

    /** The method a rule may call on a value of {@code type}, or empty when it is not allowed. */
    static Optional<Method> instanceMethod(Class<?> type, String name, int arity) {
        boolean allowed = OBJECT_METHODS.contains(name)
                || (isFact(type) && accessorOf(type, name).isPresent())
                || allowedOn(INSTANCE_METHODS, type, name);
        return allowed ? method(type, name, arity, false) : Optional.empty();
    }

    static Optional<Method> staticMethod(Class<?> type, String name, int arity) {
        return STATIC_METHODS.getOrDefault(type, Set.of()).contains(name)
                ? method(type, name, arity, true)
                : Optional.empty();
    }

    /** The type of a constant such as {@code Kind.REGISTRATION} or {@code BigDecimal.ZERO}. */
    static Optional<Class<?>> constant(Class<?> type, String name) {
        if (!CONSTANTS.contains(type)) {
            return Optional.empty();
        }
        return Arrays.stream(type.getFields())
                .filter(field -> field.getName().equals(name))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                .<Class<?>>map(java.lang.reflect.Field::getType)
                .findFirst();
    }

    /**
     * The accessor a constraint or a consequence reads as a property of a fact: {@code number} is {@code number()}
     * (or {@code getNumber()}, {@code isNumber()}), public, without parameters, declared by the fact type itself; the
     * list a {@code collect} makes has {@code size} and {@code empty}.
     */
    static Optional<Method> accessorOf(Class<?> type, String property) {
        if (COLLECTIONS.contains(type)) {
            return switch (property) {
                case "size" -> method(type, "size", 0, false);
                case "empty" -> method(type, "isEmpty", 0, false);
                default -> Optional.empty();
            };
        }
        if (!isFact(type) || property.isEmpty()) {
            return Optional.empty();
        }
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getParameterCount() == 0 && method.getReturnType() != void.class)
                .filter(method -> method.getName().equals(property)
                        || method.getName().equals("get" + capitalised)
                        || method.getName().equals("is" + capitalised))
                .filter(method -> !OBJECT_METHODS.contains(method.getName()))
                .findFirst();
    }

    private static boolean allowedOn(Map<Class<?>, Set<String>> table, Class<?> type, String name) {
        return table.entrySet().stream()
                .anyMatch(entry -> entry.getKey().isAssignableFrom(type)
                        && entry.getKey() != Object.class
                        && entry.getValue().contains(name));
    }

    private static Optional<Method> method(Class<?> type, String name, int arity, boolean isStatic) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name) && method.getParameterCount() == arity)
                .filter(method -> Modifier.isStatic(method.getModifiers()) == isStatic)
                .findFirst();
    }
}

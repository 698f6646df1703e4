package org.eregistrations.engine.ruleset;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.BaseTuple;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.consequence.Consequence;
import org.drools.core.rule.consequence.KnowledgeHelper;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.sandbox.RuleSandbox;
import org.kie.api.KieBase;

/**
 * Runs the commonest consequence without MVEL: one or more {@code insertLogical(new Fact(...))} of a derived fact whose
 * arguments are string literals, {@code Kind} constants or variables the rule bound. Such a consequence is replaced by
 * a plain constructor call; it creates the same fact MVEL would (the constructor is chosen by the arguments' declared
 * types, and only when exactly one fits), and it can do nothing MVEL could not: it only ever constructs a derived fact
 * and inserts it logically. Every other consequence stays MVEL (after the rule sandbox allowed it).
 */
final class DirectConsequences {
    private static final String ARGUMENT = "\"[^\"\\\\]*\"|Kind\\.[A-Z_]+|\\$[A-Za-z_][A-Za-z0-9_]*";
    private static final String INSERTION = "insertLogical\\(\\s*new\\s+([A-Za-z]+)\\s*\\(\\s*((?:(?:" + ARGUMENT
            + ")\\s*,\\s*)*(?:" + ARGUMENT + "))?\\s*\\)\\s*\\)\\s*;";
    private static final Pattern WHOLE = Pattern.compile("\\s*(?:" + INSERTION + "\\s*)+");
    private static final Pattern ONE = Pattern.compile(INSERTION);
    private static final Pattern ARGUMENTS = Pattern.compile(ARGUMENT);
    /** The public constructors of each derived fact without primitive parameters, by the fact's simple name. */
    private static final Map<String, List<Constructor<?>>> DERIVED = RuleSandbox.derivedFacts().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, DirectConsequences::constructors));

    private DirectConsequences() {}

    private static List<Constructor<?>> constructors(Class<?> fact) {
        return Arrays.stream(fact.getConstructors())
                .filter(constructor ->
                        Arrays.stream(constructor.getParameterTypes()).noneMatch(Class::isPrimitive))
                .toList();
    }

    /** Replaces every consequence of the form above in the KieBase's rules; returns how many were replaced. */
    static int install(KieBase kieBase, Map<String, String> consequences) {
        int installed = 0;
        for (var kiePackage : kieBase.getKiePackages()) {
            InternalKnowledgePackage pkg = (InternalKnowledgePackage) kiePackage;
            for (var rule : kiePackage.getRules()) {
                RuleImpl impl = pkg.getRule(rule.getName());
                Optional<Direct> direct = direct(impl, consequences.get(rule.getName()));
                if (direct.isPresent() && !impl.hasNamedConsequences()) {
                    impl.setConsequence(direct.get());
                    installed++;
                }
            }
        }
        return installed;
    }

    private static Optional<Direct> direct(RuleImpl rule, String consequence) {
        if (consequence == null || !WHOLE.matcher(consequence).matches()) {
            return Optional.empty();
        }
        List<Insertion> insertions = new ArrayList<>();
        Matcher one = ONE.matcher(consequence);
        while (one.find()) {
            Optional<Insertion> insertion = insertion(rule, one.group(1), one.group(2) == null ? "" : one.group(2));
            if (insertion.isEmpty()) {
                return Optional.empty();
            }
            insertions.add(insertion.get());
        }
        return Optional.of(new Direct(List.copyOf(insertions)));
    }

    private static Optional<Insertion> insertion(RuleImpl rule, String type, String arguments) {
        List<Constructor<?>> constructors = DERIVED.get(type);
        if (constructors == null) {
            return Optional.empty();
        }
        List<Object> literals = new ArrayList<>();
        List<String> bound = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        Matcher argument = ARGUMENTS.matcher(arguments);
        while (argument.find()) {
            String text = argument.group();
            if (text.startsWith("\"")) {
                literals.add(text.substring(1, text.length() - 1));
                types.add(String.class);
                bound.add(null);
            } else if (text.startsWith("Kind.")) {
                Optional<Kind> kind = Arrays.stream(Kind.values())
                        .filter(k -> k.name().equals(text.substring(5)))
                        .findFirst();
                if (kind.isEmpty() || rule.getDeclaration("Kind") != null) {
                    return Optional.empty();
                }
                literals.add(kind.get());
                types.add(Kind.class);
                bound.add(null);
            } else {
                Declaration declaration = rule.getDeclaration(text);
                if (declaration == null || declaration.getDeclarationClass() == null) {
                    return Optional.empty();
                }
                literals.add(null);
                types.add(declaration.getDeclarationClass());
                bound.add(text);
            }
        }
        List<Constructor<?>> fitting = constructors.stream()
                .filter(constructor -> fits(constructor, types))
                .toList();
        return fitting.size() == 1
                ? Optional.of(new Insertion(fitting.get(0), literals.toArray(), bound.toArray(String[]::new)))
                : Optional.empty();
    }

    private static boolean fits(Constructor<?> constructor, List<Class<?>> types) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length != types.size()) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            if (!parameters[i].isAssignableFrom(types.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** One {@code insertLogical(new Fact(...))}: the constructor, the literal arguments, the variables' names. */
    private record Insertion(Constructor<?> constructor, Object[] literals, String[] bound) {}

    private record Direct(List<Insertion> insertions) implements Consequence<KnowledgeHelper> {
        @Override
        public String getName() {
            return RuleImpl.DEFAULT_CONSEQUENCE_NAME;
        }

        @Override
        public void evaluate(KnowledgeHelper helper, ValueResolver resolver) throws Exception {
            Declaration[] declarations = helper.getMatch().getTerminalNode().getRequiredDeclarations();
            BaseTuple tuple = helper.getTuple();
            for (Insertion insertion : insertions) {
                Object[] arguments = insertion.literals().clone();
                for (int i = 0; i < arguments.length; i++) {
                    if (insertion.bound()[i] != null) {
                        arguments[i] = named(declarations, insertion.bound()[i]).getValue(resolver, tuple);
                    }
                }
                helper.insertLogical(insertion.constructor().newInstance(arguments));
            }
        }

        private static Declaration named(Declaration[] declarations, String identifier) {
            for (Declaration declaration : declarations) {
                if (declaration.getIdentifier().equals(identifier)) {
                    return declaration;
                }
            }
            throw new IllegalStateException("the rule binds no " + identifier);
        }
    }
}

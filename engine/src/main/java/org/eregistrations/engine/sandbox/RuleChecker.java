package org.eregistrations.engine.sandbox;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

/**
 * Checks one rule: its conditions (patterns over allowed facts, constraints read by Drools' own constraint parser and
 * their expressions by JavaParser) and its consequence (statements read by JavaParser).
 */
final class RuleChecker {
    /** Comparisons a constraint may use; {@code matches} is left out because a regular expression can run for ever. */
    private static final Set<String> OPERATORS =
            Set.of("==", "!=", "<", ">", "<=", ">=", "contains", "excludes", "memberOf", "str", "soundslike");

    private final SourceText drl;
    private final Violations violations;
    private final JavaText javaText;
    private final CheckedTexts checked = new CheckedTexts();

    RuleChecker(SourceText drl, Violations violations) {
        this.drl = drl;
        this.violations = violations;
        this.javaText = new JavaText(violations);
    }

    void check(RuleDescr rule) {
        Scope scope = Scope.conditions();
        conditions(rule.getLhs(), scope);
        if (!rule.getNamedConsequences().isEmpty()) {
            violations.refuse(RuleSandbox.at(rule), "a named consequence");
        }
        Object consequence = rule.getConsequence();
        if (consequence != null) {
            String code = String.valueOf(consequence);
            consequence(code, consequenceStart(rule, code), scope.consequence());
        }
    }

    private void conditions(BaseDescr descr, Scope scope) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, scope);
        } else if (descr instanceof AndDescr and) {
            and.getDescrs().forEach(child -> conditions(child, scope));
        } else if (descr instanceof OrDescr or) {
            or.getDescrs().forEach(child -> conditions(child, scope));
        } else if (descr instanceof NotDescr not) {
            Scope inner = scope.nested();
            not.getDescrs().forEach(child -> conditions(child, inner));
        } else if (descr instanceof ExistsDescr exists) {
            Scope inner = scope.nested();
            exists.getDescrs().forEach(child -> conditions((BaseDescr) child, inner));
        } else if (descr instanceof ForallDescr forall) {
            Scope inner = scope.nested();
            forall.getDescrs().forEach(child -> conditions((BaseDescr) child, inner));
        } else if (descr instanceof AccumulateDescr accumulate && isPlainAccumulate(accumulate)) {
            accumulate(accumulate, scope);
        } else {
            violations.refuse(RuleSandbox.at(descr), conditionName(descr));
        }
    }

    private void pattern(PatternDescr pattern, Scope scope) {
        RuleSandbox.annotations(pattern, drl, violations);
        PatternSourceDescr source = pattern.getSource();
        if (!pattern.getBehaviors().isEmpty()) {
            violations.refuse(RuleSandbox.at(pattern), "a window (over ...)");
            return;
        }
        if (source != null
                && !(source instanceof CollectDescr)
                && !(source instanceof AccumulateDescr accumulate && isPlainAccumulate(accumulate))) {
            violations.refuse(RuleSandbox.at(source, pattern), conditionName(source));
            return;
        }
        Optional<Class<?>> type = Allowlist.type(pattern.getObjectType());
        boolean collection = type.isPresent() && Allowlist.COLLECTIONS.contains(type.get());
        boolean number = type.isPresent() && (type.get() == Number.class || type.get() == Object.class);
        if (type.isEmpty()
                || !(Allowlist.isFact(type.get())
                        || (collection && source instanceof CollectDescr)
                        || (number && source instanceof AccumulateDescr))) {
            violations.refuse(RuleSandbox.at(pattern), "the fact type " + pattern.getObjectType());
            return;
        }
        if (source instanceof CollectDescr collect) {
            conditions(collect.getInputPattern(), scope.nested());
        } else if (source instanceof AccumulateDescr accumulate) {
            accumulate(accumulate, scope);
        }
        if (pattern.getIdentifier() != null) {
            bind(scope, pattern.getIdentifier(), type.get(), RuleSandbox.at(pattern));
        }
        Scope inside = scope.inside(type.get());
        if (pattern.getConstraint() != null) {
            for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                constraint(constraint, inside);
            }
        }
    }

    private void accumulate(AccumulateDescr accumulate, Scope scope) {
        if (accumulate.getInitCode() != null
                || accumulate.getActionCode() != null
                || accumulate.getReverseCode() != null
                || accumulate.getResultCode() != null) {
            violations.refuse(RuleSandbox.at(accumulate, accumulate), "accumulate with code of its own");
            return;
        }
        Scope inner = scope.nested();
        if (accumulate.getInput() != null) {
            conditions(accumulate.getInput(), inner);
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!Allowlist.ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                violations.refuse(RuleSandbox.at(accumulate), "the accumulate function " + function.getFunction());
                continue;
            }
            Optional<Class<?>> argument = Optional.empty();
            for (String parameter : function.getParams()) {
                argument = expression(parameter, RuleSandbox.at(accumulate), inner);
            }
            if (function.getBind() != null) {
                bind(
                        scope,
                        function.getBind(),
                        accumulated(function.getFunction(), argument),
                        RuleSandbox.at(accumulate));
            }
        }
    }

    /**
     * Binds a variable of the conditions. Its name starts with {@code $} or a small letter, so that it can never be
     * read as the name of a class ({@code Runtime : Answer()}).
     */
    private void bind(Scope scope, String name, Class<?> type, Position at) {
        if (name.isEmpty() || !(name.charAt(0) == '$' || Character.isLowerCase(name.charAt(0)))) {
            violations.refuse(at, "the variable name '" + name + "' (start it with $ or a small letter)");
            return;
        }
        scope.bind(name, type);
    }

    /** An accumulate, not one of its subclasses such as {@code groupby}, whose keys are code this checker does not read. */
    private static boolean isPlainAccumulate(AccumulateDescr accumulate) {
        return accumulate.getClass() == AccumulateDescr.class;
    }

    private static Class<?> accumulated(String function, Optional<Class<?>> argument) {
        if (function.equals("count")) {
            return Long.class;
        }
        return argument.filter(type -> type == BigDecimal.class).isPresent() ? BigDecimal.class : Number.class;
    }

    private void constraint(BaseDescr constraint, Scope scope) {
        if (!(constraint instanceof ExprConstraintDescr expression)) {
            violations.refuse(RuleSandbox.at(constraint), conditionName(constraint));
            return;
        }
        CheckedTexts.Key key = CheckedTexts.key(expression.getExpression(), false, scope);
        Optional<Map<String, Class<?>>> known = checked.allowed(key);
        if (known.isPresent()) {
            scope.bindAll(known.get());
            return;
        }
        int refused = violations.count();
        constraint(expression, scope);
        if (violations.count() == refused) {
            checked.allow(key, CheckedTexts.bound(key.bindings(), scope.bindings()));
        }
    }

    private void constraint(ExprConstraintDescr expression, Scope scope) {
        Position at = RuleSandbox.at(expression);
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr parsed = parser.parse(expression.getExpression());
        if (parser.hasErrors() || parsed == null) {
            violations.unreadable(at, "the constraint '" + expression.getExpression() + "' could not be read");
            return;
        }
        constraintTree(parsed, at, scope);
    }

    private void constraintTree(BaseDescr descr, Position at, Scope scope) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(child -> constraintTree(child, at, scope));
        } else if (descr instanceof RelationalExprDescr relation) {
            if (!OPERATORS.contains(relation.getOperator())) {
                violations.refuse(at, "the operator '" + relation.getOperator() + "'");
            }
            constraintTree(relation.getLeft(), at, scope);
            constraintTree(relation.getRight(), at, scope);
        } else if (descr instanceof BindingDescr binding) {
            // a binding whose expression was refused is still bound, so its uses do not repeat the refusal (the bundle
            // is refused all the same)
            Class<?> type = expression(binding.getExpression(), at, scope).orElse(Object.class);
            bind(scope, binding.getVariable(), type, at);
        } else if (descr instanceof AtomicExprDescr atom) {
            expression(atom.getExpression(), at, scope);
        } else {
            violations.refuse(at, conditionName(descr));
        }
    }

    private Optional<Class<?>> expression(String text, Position at, Scope scope) {
        return javaText.expression(text, at)
                .flatMap(parsed -> new ExpressionChecker(violations, at, 0, scope, false).expression(parsed));
    }

    private void consequence(String code, Position at, Scope scope) {
        CheckedTexts.Key key = CheckedTexts.key(code, true, scope);
        if (checked.allowed(key).isPresent()) {
            return;
        }
        int refused = violations.count();
        checkConsequence(code, at, scope);
        if (violations.count() == refused) {
            checked.allow(key, Map.of());
        }
    }

    private void checkConsequence(String code, Position at, Scope scope) {
        javaText.action(code, at)
                .ifPresent(block -> new ExpressionChecker(violations, at, 1, scope, true).statement(block));
    }

    /** Where the consequence's text starts in the file: found after the line of its {@code then}. */
    private Position consequenceStart(RuleDescr rule, String code) {
        int offset = code.isEmpty() ? -1 : drl.text().indexOf(code, drl.lineStart(rule.getConsequenceLine()));
        return offset >= 0 ? drl.position(offset) : new Position(rule.getConsequenceLine() + 1, 1);
    }

    private static String conditionName(BaseDescr descr) {
        String name = descr.getClass().getSimpleName().replaceAll("Descr$", "");
        return switch (name) {
            case "Eval" -> "eval";
            case "From" -> "from (rules may match only facts)";
            case "EntryPoint" -> "an entry point";
            case "WindowReference" -> "a window";
            default -> "the condition '" + name.toLowerCase() + "'";
        };
    }
}

package org.eregistrations.engine.sandbox;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a value in a rule may reach, for the {@link ExpressionChecker}: the objects it creates, the methods it calls
 * and the fields it reads, each one the {@link Allowlist} names, within the {@link SizeBounds}; and the types it names.
 */
final class MemberChecker {
    private static final Set<String> DERIVING_CALLS = Set.of("insert", "insertLogical");

    private final ExpressionChecker expressions;
    private final Violations violations;
    private final Scope scope;
    private final boolean consequence;

    MemberChecker(ExpressionChecker expressions, Violations violations, Scope scope, boolean consequence) {
        this.expressions = expressions;
        this.violations = violations;
        this.scope = scope;
        this.consequence = consequence;
    }

    Optional<Class<?>> creation(ObjectCreationExpr creation) {
        if (creation.getAnonymousClassBody().isPresent() || creation.getScope().isPresent()) {
            violations.refuse(expressions.at(creation), "an anonymous or inner class");
            return Optional.empty();
        }
        Optional<Class<?>> type = type(creation.getType());
        List<Optional<Class<?>>> arguments =
                creation.getArguments().stream().map(expressions::expression).toList();
        Optional<String> unbounded = SizeBounds.ofCreation(creation, type, arguments);
        if (unbounded.isPresent()) {
            violations.refuse(expressions.at(creation), unbounded.get());
            return Optional.empty();
        }
        if (type.isPresent() && !Allowlist.isConstructible(type.get())) {
            violations.refuse(
                    expressions.at(creation), "creating a new " + type.get().getSimpleName());
            return Optional.empty();
        }
        return type;
    }

    Optional<Class<?>> call(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getTypeArguments().isPresent()) {
            violations.refuse(expressions.at(call), "type arguments");
            return Optional.empty();
        }
        if (call.getScope().isEmpty()) {
            return deriving(call);
        }
        Expression target = call.getScope().get();
        int arity = call.getArguments().size();
        Optional<Class<?>> staticType = staticTarget(target);
        Optional<Method> method;
        if (staticType.isPresent()) {
            method = Allowlist.staticMethod(staticType.get(), name, arity);
            if (method.isEmpty()) {
                violations.refuse(
                        expressions.at(call), "the method " + staticType.get().getSimpleName() + "." + name);
            }
        } else {
            Optional<Class<?>> receiver = expressions.expression(target);
            if (receiver.isEmpty()) {
                return Optional.empty();
            }
            method = Allowlist.instanceMethod(receiver.get(), name, arity);
            if (method.isEmpty()) {
                violations.refuse(
                        expressions.at(call), "the method " + receiver.get().getSimpleName() + "." + name);
            } else {
                SizeBounds.ofCall(call, receiver.get())
                        .ifPresent(what -> violations.refuse(expressions.at(call), what));
            }
        }
        call.getArguments().forEach(expressions::expression);
        return method.map(Method::getReturnType);
    }

    /** {@code insert(new Amount(...))} or {@code insertLogical(...)}: the only calls without a receiver. */
    private Optional<Class<?>> deriving(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (!consequence
                || !DERIVING_CALLS.contains(name)
                || call.getArguments().size() != 1) {
            violations.refuse(expressions.at(call), "the call " + name + "(...)");
            return Optional.empty();
        }
        Optional<Class<?>> fact = expressions.expression(call.getArgument(0));
        if (fact.isPresent() && !Allowlist.DERIVED.contains(fact.get())) {
            violations.refuse(expressions.at(call), name + " of a " + fact.get().getSimpleName());
        }
        return Optional.of(void.class);
    }

    /** The type named by a call's target when it is a type (Math.max), not a value; a variable wins over a type. */
    private Optional<Class<?>> staticTarget(Expression target) {
        if (target instanceof NameExpr name
                && !scope.isDeclared(name.getNameAsString())
                && scope.self()
                        .flatMap(self -> Allowlist.accessorOf(self, name.getNameAsString()))
                        .isEmpty()) {
            return Allowlist.type(name.getNameAsString());
        }
        return Optional.empty();
    }

    Optional<Class<?>> fieldAccess(FieldAccessExpr access) {
        String field = access.getNameAsString();
        Optional<Class<?>> staticType = staticTarget(access.getScope());
        if (staticType.isPresent()) {
            Optional<Class<?>> constant = Allowlist.constant(staticType.get(), field);
            if (constant.isEmpty()) {
                violations.refuse(
                        expressions.at(access), "the field " + staticType.get().getSimpleName() + "." + field);
            }
            return constant;
        }
        Optional<Class<?>> owner = expressions.expression(access.getScope());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Class<?>> property = Allowlist.accessorOf(owner.get(), field).map(Method::getReturnType);
        if (property.isEmpty() && Allowlist.isFact(owner.get())) {
            violations.unreadable(expressions.at(access), FactProperties.missing(owner.get(), field));
        } else if (property.isEmpty()) {
            violations.refuse(expressions.at(access), "the field " + owner.get().getSimpleName() + "." + field);
        }
        return property;
    }

    /** A type named in the code: one of the allowlist's, or a primitive. */
    Optional<Class<?>> type(Type type) {
        if (type instanceof PrimitiveType primitive) {
            return Optional.of(
                    switch (primitive.getType()) {
                        case BOOLEAN -> boolean.class;
                        case CHAR -> char.class;
                        case BYTE -> byte.class;
                        case SHORT -> short.class;
                        case INT -> int.class;
                        case LONG -> long.class;
                        case FLOAT -> float.class;
                        case DOUBLE -> double.class;
                    });
        }
        if (type instanceof ClassOrInterfaceType named
                && named.getTypeArguments().isEmpty()) {
            Optional<Class<?>> allowed = Allowlist.type(named.getNameWithScope());
            if (allowed.isPresent()) {
                return allowed;
            }
        }
        violations.refuse(expressions.at(type), "the type " + type);
        return Optional.empty();
    }
}

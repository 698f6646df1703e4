package org.eregistrations.engine.sandbox;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one expression or consequence, read by JavaParser, against the {@link Allowlist}, working out the type of
 * every value so that each method called is known. Anything it cannot type is refused: only what is understood runs.
 */
final class ExpressionChecker {
    /** Implicit variables of a consequence that reach the engine itself. */
    private static final Set<String> ENGINE_HANDLES = Set.of("drools", "kcontext", "kieRuntime");

    private final Violations violations;
    private final Position origin;
    private final int prefix;
    private final Scope scope;
    private final boolean consequence;
    private final MemberChecker members;

    /**
     * @param origin where the checked text starts in the file
     * @param prefix characters the parser saw before the text on its first line (a brace around a consequence)
     */
    ExpressionChecker(Violations violations, Position origin, int prefix, Scope scope, boolean consequence) {
        this.violations = violations;
        this.origin = origin;
        this.prefix = prefix;
        this.scope = scope;
        this.consequence = consequence;
        this.members = new MemberChecker(this, violations, scope, consequence);
    }

    Position at(Node node) {
        return node.getBegin()
                .map(begin -> origin.inner(begin.line, begin.line == 1 ? begin.column - prefix : begin.column))
                .orElse(origin);
    }

    void statement(Statement statement) {
        if (statement instanceof BlockStmt block) {
            block.getStatements().forEach(this::statement);
        } else if (statement instanceof ExpressionStmt expression) {
            topLevel(expression.getExpression());
        } else if (statement instanceof IfStmt branch) {
            expression(branch.getCondition());
            statement(branch.getThenStmt());
            branch.getElseStmt().ifPresent(this::statement);
        } else if (!(statement instanceof EmptyStmt)) {
            violations.refuse(at(statement), "the statement '" + firstWord(statement) + "'");
        }
    }

    private void topLevel(Expression expression) {
        if (expression instanceof VariableDeclarationExpr declaration) {
            declaration.getVariables().forEach(this::declare);
        } else if (expression instanceof MethodCallExpr
                || expression instanceof AssignExpr
                || expression instanceof UnaryExpr) {
            expression(expression);
        } else {
            violations.refuse(at(expression), "the statement '" + expression + "'");
        }
    }

    private void declare(VariableDeclarator variable) {
        String name = variable.getNameAsString();
        Optional<Class<?>> initial = variable.getInitializer().flatMap(this::expression);
        Optional<Class<?>> type = variable.getType().isVarType() ? initial : type(variable.getType());
        if (scope.isDeclared(name) || ENGINE_HANDLES.contains(name)) {
            violations.refuse(at(variable), "declaring '" + name + "' again");
        }
        type.ifPresent(known -> scope.declareLocal(name, known));
    }

    /** The type of an expression, or empty when it was refused (and reported). */
    Optional<Class<?>> expression(Expression expression) {
        if (expression instanceof StringLiteralExpr) {
            return Optional.of(String.class);
        } else if (expression instanceof IntegerLiteralExpr) {
            return Optional.of(int.class);
        } else if (expression instanceof LongLiteralExpr) {
            return Optional.of(long.class);
        } else if (expression instanceof DoubleLiteralExpr) {
            return Optional.of(double.class);
        } else if (expression instanceof BooleanLiteralExpr) {
            return Optional.of(boolean.class);
        } else if (expression instanceof CharLiteralExpr) {
            return Optional.of(char.class);
        } else if (expression instanceof NullLiteralExpr) {
            return Optional.of(Object.class);
        } else if (expression instanceof NameExpr name) {
            return name(name);
        } else if (expression instanceof ThisExpr self
                && self.getTypeName().isEmpty()
                && scope.self().isPresent()) {
            return scope.self();
        } else if (expression instanceof EnclosedExpr enclosed) {
            return expression(enclosed.getInner());
        } else if (expression instanceof BinaryExpr binary) {
            return binary(binary);
        } else if (expression instanceof UnaryExpr unary) {
            return unary(unary);
        } else if (expression instanceof ConditionalExpr conditional) {
            expression(conditional.getCondition());
            Optional<Class<?>> then = expression(conditional.getThenExpr());
            Optional<Class<?>> otherwise = expression(conditional.getElseExpr());
            return then.isPresent() && otherwise.isPresent() ? then : Optional.empty();
        } else if (expression instanceof CastExpr cast) {
            Optional<Class<?>> inner = expression(cast.getExpression());
            return inner.isPresent() ? type(cast.getType()) : Optional.empty();
        } else if (expression instanceof InstanceOfExpr test) {
            if (test.getPattern().isPresent()) {
                violations.refuse(at(test), "a pattern in instanceof");
                return Optional.empty();
            }
            expression(test.getExpression());
            return type(test.getType()).map(type -> boolean.class);
        } else if (expression instanceof ObjectCreationExpr creation) {
            return members.creation(creation);
        } else if (expression instanceof MethodCallExpr call) {
            return members.call(call);
        } else if (expression instanceof FieldAccessExpr access) {
            return members.fieldAccess(access);
        } else if (expression instanceof AssignExpr assign) {
            return assign(assign);
        }
        violations.refuse(at(expression), describe(expression));
        return Optional.empty();
    }

    private Optional<Class<?>> name(NameExpr name) {
        String identifier = name.getNameAsString();
        Optional<Class<?>> variable = scope.variable(identifier);
        if (variable.isPresent()) {
            return variable;
        }
        Optional<Class<?>> property = scope.self()
                .flatMap(self -> Allowlist.accessorOf(self, identifier))
                .map(Method::getReturnType);
        if (property.isPresent()) {
            return property;
        }
        if (isMisspeltProperty(name)) {
            // inside a pattern a plain small name can only be a property of the fact: say which ones it has
            violations.unreadable(at(name), FactProperties.missing(scope.self().orElseThrow(), identifier));
            return Optional.empty();
        }
        violations.refuse(at(name), "the name '" + qualifiedName(name) + "'");
        return Optional.empty();
    }

    /** A plain small name read inside a pattern of a fact, that is neither a variable nor an engine handle. */
    private boolean isMisspeltProperty(NameExpr name) {
        String identifier = name.getNameAsString();
        return scope.self().filter(Allowlist::isFact).isPresent()
                && Character.isLowerCase(identifier.charAt(0))
                && !ENGINE_HANDLES.contains(identifier)
                && qualifiedName(name).equals(identifier);
    }

    /** {@code java.lang.System} rather than {@code java} when a name starts a fully qualified one. */
    private static String qualifiedName(NameExpr name) {
        Node top = name;
        while (top.getParentNode().orElse(null) instanceof FieldAccessExpr access && access.getScope() == top) {
            top = access;
        }
        return top.toString();
    }

    private Optional<Class<?>> binary(BinaryExpr binary) {
        Optional<Class<?>> left = expression(binary.getLeft());
        Optional<Class<?>> right = expression(binary.getRight());
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        return switch (binary.getOperator()) {
            case PLUS -> left.get() == String.class || right.get() == String.class
                    ? Optional.of(String.class)
                    : Optional.of(arithmetic(left.get(), right.get()));
            case MINUS, MULTIPLY, DIVIDE, REMAINDER -> Optional.of(arithmetic(left.get(), right.get()));
            case BINARY_AND, BINARY_OR, XOR, LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> Optional.of(
                    long.class);
            default -> Optional.of(boolean.class);
        };
    }

    private static Class<?> arithmetic(Class<?> left, Class<?> right) {
        return left == BigDecimal.class || right == BigDecimal.class ? BigDecimal.class : Number.class;
    }

    private Optional<Class<?>> unary(UnaryExpr unary) {
        boolean changesVariable =
                unary.getOperator().isPrefix() && unary.getOperator().name().endsWith("CREMENT")
                        || unary.getOperator().isPostfix();
        if (changesVariable && !isLocal(unary.getExpression())) {
            violations.refuse(at(unary), "changing '" + unary.getExpression() + "'");
            return Optional.empty();
        }
        Optional<Class<?>> operand = expression(unary.getExpression());
        return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                ? operand.map(type -> boolean.class)
                : operand;
    }

    private Optional<Class<?>> assign(AssignExpr assign) {
        if (!isLocal(assign.getTarget())) {
            violations.refuse(at(assign), "assigning to '" + assign.getTarget() + "'");
            return Optional.empty();
        }
        expression(assign.getValue());
        return expression(assign.getTarget());
    }

    private boolean isLocal(Expression target) {
        return consequence && target instanceof NameExpr name && scope.isLocal(name.getNameAsString());
    }

    /** A type named in the code: one of the allowlist's, or a primitive. */
    Optional<Class<?>> type(Type type) {
        return members.type(type);
    }

    private static String describe(Expression expression) {
        String kind = expression.getClass().getSimpleName().replaceAll("Expr$", "");
        String words = kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return "a " + words + " ('" + abbreviate(expression.toString()) + "')";
    }

    private static String firstWord(Statement statement) {
        String text = statement.toString().strip();
        int end = 0;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return end == 0 ? abbreviate(text) : text.substring(0, end);
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}

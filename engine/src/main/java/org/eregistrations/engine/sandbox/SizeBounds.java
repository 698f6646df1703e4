package org.eregistrations.engine.sandbox;

import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Arguments that size a result must be small and written in the rule: {@code new BigDecimal("1e999999999")},
 * {@code setScale(1_000_000_000)}, {@code movePointLeft}, {@code pow} or the scale of {@code divide} would take the
 * heap or a thread for minutes, and {@code replace("", s)} doubles a text with each call.
 */
final class SizeBounds {
    /** The largest scale, power or decimal shift a rule may ask of a {@code BigDecimal}. */
    static final int MAX_SCALE = 100;

    /** A number as a rule writes it: no exponent, a length a person writes. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[-+]?\\d{1,30}(\\.\\d{1,30})?");

    private SizeBounds() {}

    /** What is refused about a call of an allowed method, if anything. */
    static Optional<String> ofCall(MethodCallExpr call, Class<?> receiver) {
        String name = call.getNameAsString();
        if (receiver == BigDecimal.class) {
            int scale =
                    switch (name) {
                        case "setScale", "movePointLeft", "movePointRight", "pow" -> 0;
                        case "divide" -> call.getArguments().size() == 3 ? 1 : -1;
                        default -> -1;
                    };
            if (scale >= 0 && !isSmallWholeNumber(call.getArgument(scale))) {
                return Optional.of(name + " with " + call.getArgument(scale)
                        + " (the scale must be a whole number from -" + MAX_SCALE + " to " + MAX_SCALE + ")");
            }
        } else if (receiver == String.class
                && name.equals("replace")
                && !(call.getArgument(0) instanceof StringLiteralExpr text
                        && !text.getValue().isEmpty())
                && !(call.getArgument(0) instanceof CharLiteralExpr)) {
            return Optional.of("replace of anything but a text written in the rule");
        }
        return Optional.empty();
    }

    /** What is refused about creating a value of {@code type}: a {@code BigDecimal} from a text not in the rule. */
    static Optional<String> ofCreation(
            ObjectCreationExpr creation, Optional<Class<?>> type, List<Optional<Class<?>>> argumentTypes) {
        boolean fromText = argumentTypes.stream()
                .anyMatch(argument -> argument.filter(String.class::equals).isPresent());
        boolean plainLiteral = creation.getArguments().size() == 1
                && creation.getArgument(0) instanceof StringLiteralExpr text
                && PLAIN_DECIMAL.matcher(text.getValue()).matches();
        if (type.filter(BigDecimal.class::equals).isPresent() && fromText && !plainLiteral) {
            return Optional.of("a BigDecimal made from anything but a plain number written in the rule");
        }
        return Optional.empty();
    }

    private static boolean isSmallWholeNumber(Expression expression) {
        Expression number = expression;
        if (expression instanceof UnaryExpr unary
                && (unary.getOperator() == UnaryExpr.Operator.MINUS
                        || unary.getOperator() == UnaryExpr.Operator.PLUS)) {
            number = unary.getExpression();
        }
        if (!(number instanceof IntegerLiteralExpr literal)) {
            return false;
        }
        try {
            return Math.abs(Integer.parseInt(literal.getValue().replace("_", ""))) <= MAX_SCALE;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

package org.eregistrations.engine.sandbox;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Java of a rule with JavaParser — a constraint's expression or an action's statements — refusing what
 * cannot be read and any comment in it, so that what is checked is exactly what Drools will run.
 */
final class JavaText {
    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setPreprocessUnicodeEscapes(false)
            .setAttributeComments(false)
            .setDetectOriginalLineSeparator(false));
    private final Violations violations;

    JavaText(Violations violations) {
        this.violations = violations;
    }

    /** The expression of a constraint, or empty when it was refused. */
    Optional<Expression> expression(String text, Position at) {
        ParseResult<Expression> parsed = parser.parseExpression(text);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            unreadable(parsed.getProblems(), at, "the expression '" + text.strip() + "'");
            return Optional.empty();
        }
        if (hasComments(parsed)) {
            violations.refuse(at, "a comment inside a constraint");
            return Optional.empty();
        }
        return parsed.getResult();
    }

    /** The statements of an action as one block, or empty when they were refused. */
    Optional<BlockStmt> action(String code, Position at) {
        String body = code.strip();
        if (!body.isEmpty() && !body.endsWith(";") && !body.endsWith("}")) {
            body = body + ";"; // MVEL lets the last statement end without one
        }
        ParseResult<BlockStmt> parsed = parser.parseBlock("{" + leadingBlank(code) + body + "}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            unreadable(parsed.getProblems(), at, "code that is not a plain statement");
            return Optional.empty();
        }
        if (hasComments(parsed)) {
            Position where = parsed.getCommentsCollection()
                    .flatMap(comments -> comments.getComments().stream().findFirst())
                    .flatMap(comment -> comment.getBegin())
                    .map(begin -> at.inner(begin.line, begin.line == 1 ? begin.column - 1 : begin.column))
                    .orElse(at);
            violations.refuse(where, "a comment inside an action (write it above 'then')");
            return Optional.empty();
        }
        return parsed.getResult();
    }

    /**
     * Drools splits an MVEL action into statements with its own reading of strings and comments, which differs from
     * Java's: text after {@code //} can run (a comment ending in {@code ;} then code). So code may hold no comment.
     */
    private static boolean hasComments(ParseResult<?> parsed) {
        return parsed.getCommentsCollection()
                .map(comments -> comments.size() > 0)
                .orElse(false);
    }

    private void unreadable(List<Problem> problems, Position at, String what) {
        String detail = problems.isEmpty()
                ? ""
                : problems.get(0).getMessage().lines().findFirst().orElse("");
        violations.refuse(at, what + " (it could not be read as an expression: " + detail.strip() + ")");
    }

    /** The blank lines and indentation before the code, kept so that positions inside it stay those of the file. */
    private static String leadingBlank(String code) {
        int end = 0;
        while (end < code.length() && Character.isWhitespace(code.charAt(end))) {
            end++;
        }
        return code.substring(0, end);
    }
}

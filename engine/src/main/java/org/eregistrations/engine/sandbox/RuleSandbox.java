package org.eregistrations.engine.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The rule sandbox: checks a bundle's DRL against the {@link Allowlist} before any of it is compiled or run. A rule may
 * read the engine's facts and derive the engine's facts, with arithmetic, comparisons and a few pure methods of
 * {@code String}, {@code Math}, {@code BigDecimal} and {@code LocalDate} — nothing else: no imports of other types, no
 * functions, globals, queries, declarations, {@code eval}, {@code from} or calls into the JVM.
 *
 * <pre>{@code
 * List<Refusal> refused = RuleSandbox.check("rules.drl", drl);
 * refused.forEach(message -> log.error(message.toString())); // rules.drl:7:5: the name 'System' is not allowed ...
 * }</pre>
 */
public final class RuleSandbox {
    /** Rule attributes that only order or group rules; {@code enabled}, timers and calendars take code. */
    private static final Set<String> ATTRIBUTES = Set.of(
            "salience",
            "no-loop",
            "lock-on-active",
            "agenda-group",
            "activation-group",
            "ruleflow-group",
            "auto-focus",
            "dialect");

    /** The fewest rules a part of a file checked on its own thread has: below, a thread costs more than it saves. */
    static final int RULES_PER_PART = 200;

    private RuleSandbox() {}

    /** The facts a rule may create and insert: only what is derived, never a value of the file or of the catalogue. */
    public static Set<Class<?>> derivedFacts() {
        return Allowlist.DERIVED;
    }

    /** What {@code drl} says that rules may not; empty when the whole file is allowed. */
    public static List<Refusal> check(String file, String drl) {
        return inspect(file, drl).refusals();
    }

    /** What the sandbox found in a file, and the file as Drools' parser read it (empty when it could not). */
    public record Inspection(List<Refusal> refusals, Optional<PackageDescr> parsed) {}

    /** {@link #check}, keeping the parse so that an analysis of the same file need not parse it again. */
    public static Inspection inspect(String file, String drl) {
        Violations violations = new Violations(file);
        SourceText source = new SourceText(drl);
        unicodeEscapes(source, violations);
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            violations.unreadable(new Position(1, 1), "the file could not be read: " + e.getMessage());
            return new Inspection(violations.messages(), Optional.empty());
        }
        if (pkg == null || parser.hasErrors()) {
            parser.getErrors().forEach(error -> violations.unreadable(position(error), oneLine(error.getMessage())));
            if (parser.getErrors().isEmpty()) {
                violations.unreadable(new Position(1, 1), "the file could not be read");
            }
            return new Inspection(violations.messages(), Optional.empty());
        }
        checkPackage(pkg, violations);
        List<RuleDescr> rules = pkg.getRules();
        int parts = rules.size() < RULES_PER_PART * 2
                ? 1
                : Math.min(Runtime.getRuntime().availableProcessors(), rules.size() / RULES_PER_PART);
        IntStream.range(0, parts)
                .parallel()
                .mapToObj(part -> checkRules(
                        rules.subList(rules.size() * part / parts, rules.size() * (part + 1) / parts), file, source))
                .toList()
                .forEach(violations::addAll);
        return new Inspection(violations.messages(), Optional.of(pkg));
    }

    /**
     * Checks consecutive rules of a file. The rules of a large file are checked in parts at once, each part by its own
     * checker (its own parsers and remembered texts; what they share, the allowlist, is immutable); the refusals are
     * put together in the order of the file, as one checker would have found them.
     */
    private static Violations checkRules(List<RuleDescr> rules, String file, SourceText source) {
        Violations violations = new Violations(file);
        RuleChecker checker = new RuleChecker(source, violations);
        for (RuleDescr rule : rules) {
            if (rule.isQuery()) {
                violations.refuse(at(rule), "the query '" + rule.getName() + "'");
                continue;
            }
            attributes(rule.getAttributes(), violations);
            annotations(rule, source, violations);
            checker.check(rule);
        }
        return violations;
    }

    private static void checkPackage(PackageDescr pkg, Violations violations) {
        for (ImportDescr descr : pkg.getImports()) {
            if (!Allowlist.IMPORTS.contains(descr.getTarget())) {
                violations.refuse(at(descr), "the import " + descr.getTarget());
            }
        }
        pkg.getFunctionImports()
                .forEach(descr -> violations.refuse(at(descr), "the function import " + descr.getTarget()));
        pkg.getAccumulateImports()
                .forEach(descr -> violations.refuse(at(descr), "the accumulate import " + descr.getTarget()));
        pkg.getGlobals().forEach(descr -> violations.refuse(at(descr), "the global " + descr.getIdentifier()));
        pkg.getFunctions().forEach(descr -> violations.refuse(at(descr), "the function " + descr.getName()));
        pkg.getClassAndEnumDeclarationDescrs()
                .forEach(descr -> violations.refuse(at(descr), "the declaration of " + descr.getTypeName()));
        pkg.getEntryPointDeclarations()
                .forEach(descr -> violations.refuse(at(descr), "the entry point " + descr.getEntryPointId()));
        pkg.getWindowDeclarations().forEach(descr -> violations.refuse(at(descr), "the window " + descr.getName()));
        if (pkg.getUnit() != null) {
            violations.refuse(at(pkg.getUnit()), "a rule unit");
        }
        attributes(
                Map.copyOf(pkg.getAttributes().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                AttributeDescr::getName, descr -> descr, (first, second) -> first))),
                violations);
    }

    private static void attributes(Map<String, AttributeDescr> attributes, Violations violations) {
        for (AttributeDescr attribute : attributes.values()) {
            String name = attribute.getName();
            String value =
                    attribute.getValue() == null ? "" : attribute.getValue().strip();
            if (!ATTRIBUTES.contains(name)) {
                violations.refuse(at(attribute), "the attribute '" + name + "'");
            } else if (name.equals("dialect") && !value.replace("\"", "").equals("mvel")) {
                violations.refuse(at(attribute), "the dialect " + value);
            } else if (name.equals("salience") && !value.matches("[-+]?\\d{1,9}")) {
                violations.refuse(at(attribute), "a salience that is not a whole number (" + value + ")");
            }
        }
    }

    /**
     * Drools evaluates the values of annotations as MVEL while it builds a rule: they are code, so none is allowed.
     * The parser gives them no place of their own: they are reported where what they annotate starts.
     */
    static void annotations(AnnotatedBaseDescr descr, SourceText drl, Violations violations) {
        for (AnnotationDescr annotation : descr.getAnnotations()) {
            int offset = drl.text().indexOf("@" + annotation.getName());
            Position where = annotation.getLine() > 0 || offset < 0 ? at(annotation, descr) : drl.position(offset);
            violations.refuse(where, "the annotation @" + annotation.getName());
        }
    }

    /**
     * A unicode escape can spell anything, for Java's compiler, before any parser sees it. As in Java, a backslash
     * before a {@code u} starts one unless it is itself escaped by a backslash ({@code "C:\\\\users"} is no escape).
     */
    private static void unicodeEscapes(SourceText source, Violations violations) {
        String drl = source.text();
        int backslashes = 0;
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == 'u' && backslashes % 2 == 1) {
                violations.refuse(source.position(i - 1), "a unicode escape (\\u...)");
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
    }

    private static Position position(DroolsError error) {
        if (error instanceof ParserError parse) {
            return new Position(parse.getRow(), parse.getCol() + 1);
        }
        int[] lines = error.getLines();
        return new Position(lines.length > 0 ? lines[0] : 1, 1);
    }

    /** Where {@code descr} is, or where its parent is when the parser gave it no place of its own. */
    static Position at(BaseDescr descr, BaseDescr parent) {
        return descr.getLine() > 0 ? at(descr) : at(parent);
    }

    static Position at(BaseDescr descr) {
        return new Position(descr.getLine(), descr.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s+", " ").strip();
    }
}

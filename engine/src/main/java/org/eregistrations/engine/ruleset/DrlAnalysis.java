package org.eregistrations.engine.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.eregistrations.engine.fact.Kind;

/**
 * Static analysis of DRL: for each rule, the answers and fields its conditions read and the members its consequence
 * derives by literal id. The guide asks the questions some rule reads ("by analysis", as the seeds say), and the
 * validator checks every derived id against the catalogue.
 */
public final class DrlAnalysis {
    private static final Pattern PATTERN_START = Pattern.compile("\\b(Answer|Field)\\s*\\(");
    private static final Pattern NAME_CONSTRAINT = Pattern.compile("\\bname\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern KIND_AND_ID = Pattern.compile(
            "new\\s+(Applicable|NotApplicable)\\s*\\(\\s*(?:Kind\\s*\\.\\s*)?([A-Z_]+)\\s*,\\s*\"([^\"]*)\"");
    private static final Pattern ID_ONLY =
            Pattern.compile("new\\s+(Mandatory|Requested|Resolved|Amount|Payable)\\s*\\(\\s*\"([^\"]*)\"");

    private DrlAnalysis() {}

    /** Analyses one file; a file that does not parse yields no rules (compilation reports its errors). */
    public static List<RuleInfo> analyse(String path, String drl) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        return analyse(path, drl, pkg);
    }

    /** Analyses one file that Drools' parser has already read into {@code pkg}. */
    public static List<RuleInfo> analyse(String path, String drl, PackageDescr pkg) {
        String[] lines = drl.split("\n", -1);
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            String conditions = text(lines, rule.getLine(), Math.max(rule.getLine(), rule.getConsequenceLine()));
            String consequence = String.valueOf(rule.getConsequence());
            rules.add(new RuleInfo(
                    rule.getName(),
                    path,
                    rule.getLine(),
                    namesRead(conditions, "Answer"),
                    namesRead(conditions, "Field"),
                    derived(consequence)));
        }
        return rules;
    }

    private static String text(String[] lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int line = Math.max(1, from); line <= Math.min(lines.length, to); line++) {
            text.append(lines[line - 1]).append('\n');
        }
        return text.toString();
    }

    private static Set<String> namesRead(String conditions, String factType) {
        Set<String> names = new LinkedHashSet<>();
        Matcher start = PATTERN_START.matcher(conditions);
        while (start.find()) {
            if (!start.group(1).equals(factType)) {
                continue;
            }
            String constraints = balanced(conditions, start.end());
            Matcher name = NAME_CONSTRAINT.matcher(constraints);
            if (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    /** The text up to the parenthesis that closes the one just opened at {@code from}. */
    private static String balanced(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }

    private static List<DerivedRef> derived(String consequence) {
        List<DerivedRef> refs = new ArrayList<>();
        Matcher withKind = KIND_AND_ID.matcher(consequence);
        while (withKind.find()) {
            kindNamed(withKind.group(2))
                    .ifPresent(kind -> refs.add(new DerivedRef(withKind.group(1), kind, withKind.group(3))));
        }
        Matcher idOnly = ID_ONLY.matcher(consequence);
        while (idOnly.find()) {
            refs.add(new DerivedRef(idOnly.group(1), kindOf(idOnly.group(1)), idOnly.group(2)));
        }
        return refs;
    }

    private static Optional<Kind> kindNamed(String name) {
        try {
            return Optional.of(Kind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Kind kindOf(String factType) {
        return switch (factType) {
            case "Mandatory", "Requested" -> Kind.REGISTRATION;
            case "Resolved" -> Kind.REQUIREMENT;
            default -> Kind.COST;
        };
    }
}

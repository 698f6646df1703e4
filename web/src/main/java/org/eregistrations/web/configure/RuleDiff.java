package org.eregistrations.web.configure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of two bundles compared by name: added, removed, and changed (the text between {@code rule} and
 * {@code end} differs in more than spacing). Rules are read from the {@code .drl} files as Drools names them.
 */
public final class RuleDiff {
    private static final Pattern RULE =
            Pattern.compile("(?ms)^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))(.*?)\\bend\\b");
    private static final Pattern COMMENT = Pattern.compile("(?ms)//[^\\n]*|/\\*.*?\\*/");

    private RuleDiff() {}

    /** A rule that differs: its name, the file it is in (the newer one's when both have it), and how. */
    public record ChangedRule(String name, String file, String kind) {}

    static List<ChangedRule> compare(Map<String, byte[]> from, Map<String, byte[]> to) {
        Map<String, Rule> before = rules(from);
        Map<String, Rule> after = rules(to);
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<ChangedRule> changed = new ArrayList<>();
        for (String name : names) {
            Rule old = before.get(name);
            Rule now = after.get(name);
            if (old == null) {
                changed.add(new ChangedRule(name, now.file(), "added"));
            } else if (now == null) {
                changed.add(new ChangedRule(name, old.file(), "removed"));
            } else if (!old.body().equals(now.body())) {
                changed.add(new ChangedRule(name, now.file(), "changed"));
            }
        }
        return changed;
    }

    private record Rule(String file, String body) {}

    private static Map<String, Rule> rules(Map<String, byte[]> files) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        files.forEach((path, content) -> {
            if (!path.endsWith(".drl")) {
                return;
            }
            String text =
                    COMMENT.matcher(new String(content, StandardCharsets.UTF_8)).replaceAll(" ");
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                String name =
                        rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                rules.put(
                        name,
                        new Rule(path, rule.group(4).replaceAll("\\s+", " ").strip()));
            }
        });
        return rules;
    }
}

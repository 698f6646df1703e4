package org.eregistrations.config.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with line numbers: typed getters that report a wrong type, a duplicate or an unknown key as a
 * {@link Problem} at the line where it is, instead of failing on the first one.
 */
public final class YamlMap {
    private final String file;
    private final Node node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, Node node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = scalar(tuple.getKeyNode()).orElse("");
                if (entries.containsKey(key)) {
                    problems.error(
                            file,
                            line(tuple.getKeyNode()),
                            "duplicate key '" + key + "' (first at line "
                                    + line(entries.get(key).getKeyNode()) + ")");
                } else {
                    entries.put(key, tuple);
                }
            }
        }
    }

    /** Reads a node that must be a mapping; anything else is reported and read as an empty mapping. */
    public static YamlMap of(String file, Node node, Problems problems, String what) {
        if (node != null && !(node instanceof MappingNode)) {
            problems.error(file, line(node), what + " must be a mapping of keys to values");
        }
        return new YamlMap(file, node, problems);
    }

    public static int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }

    public String file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }

    public int line() {
        return line(node);
    }

    public int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** Reports every key not among the allowed ones, naming the allowed ones. */
    public YamlMap allowOnly(String what, String... allowed) {
        Set<String> known = new TreeSet<>(Arrays.asList(allowed));
        entries.forEach((key, tuple) -> {
            if (!known.contains(key)) {
                problems.error(
                        file,
                        line(tuple.getKeyNode()),
                        what + ": unknown key '" + key + "'; expected one of " + String.join(", ", known));
            }
        });
        return this;
    }

    public Optional<String> string(String key) {
        return node(key).flatMap(value -> {
            Optional<String> text = scalar(value);
            if (text.isEmpty()) {
                problems.error(file, line(value), "'" + key + "' must be a single value");
            }
            return text;
        });
    }

    public String requiredString(String key, String what) {
        Optional<String> value = string(key);
        if (value.isEmpty() && !has(key)) {
            problems.error(file, line(), what + ": '" + key + "' is required");
        }
        return value.orElse("");
    }

    public boolean bool(String key, boolean otherwise) {
        return string(key)
                .map(text -> switch (text) {
                    case "true", "yes" -> true;
                    case "false", "no" -> false;
                    default -> {
                        problems.error(file, line(key), "'" + key + "' must be true or false, not '" + text + "'");
                        yield otherwise;
                    }
                })
                .orElse(otherwise);
    }

    public Optional<BigDecimal> decimal(String key) {
        return string(key).flatMap(text -> {
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                problems.error(file, line(key), "'" + key + "' must be a number, not '" + text + "'");
                return Optional.empty();
            }
        });
    }

    /** A list of plain values; a single value is read as a list of one. */
    public List<String> strings(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problems.error(file, line(value.get()), "'" + key + "' must be a list of ids");
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            scalar(item)
                    .ifPresentOrElse(
                            items::add, () -> problems.error(file, line(item), "'" + key + "' must hold plain ids"));
        }
        return items;
    }

    /** A nested mapping, or an empty one when absent. */
    public YamlMap map(String key) {
        return node(key)
                .map(value -> of(file, value, problems, "'" + key + "'"))
                .orElseGet(() -> of(file, null, problems, key));
    }

    /** A mapping of id to mapping, e.g. {@code registrations:}; ids keep their order. */
    public Map<String, YamlMap> children(String key) {
        YamlMap parent = map(key);
        Map<String, YamlMap> children = new LinkedHashMap<>();
        parent.entries.forEach(
                (id, tuple) -> children.put(id, of(file, tuple.getValueNode(), problems, key + "." + id)));
        return children;
    }

    /** Plain scalar values of this mapping, e.g. the translations of a label. */
    public Map<String, String> scalars(String what) {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> scalar(tuple.getValueNode())
                .ifPresentOrElse(
                        text -> values.put(key, text),
                        () -> problems.error(
                                file, line(tuple.getValueNode()), what + "." + key + " must be a single value")));
        return values;
    }

    private static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }
}

package org.eregistrations.config.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.config.yaml.Problems;
import org.eregistrations.config.yaml.YamlMap;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.lifecycle.StepGraph;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code processingSteps.order} expectation: the steps a file goes through in Part B, in order, each with the
 * steps it waits for ({@code after}, among those that apply: a step that does not apply passes its own predecessors on)
 * and the role that works it. The listed steps are exactly the applicable ones, and no step is listed before a step it
 * waits for.
 */
final class StepOrder implements Expectation {
    static final String KEY = "processingSteps.order";

    /** One listed step; {@code after} and {@code roles} are checked, as sets, only when given. */
    record Entry(String step, List<String> after, List<String> roles) {}

    private final int line;
    private final List<Entry> entries;
    private final Map<String, List<String>> declared = new LinkedHashMap<>();
    private final Map<String, List<String>> roles = new LinkedHashMap<>();

    private StepOrder(int line, List<Entry> entries, Catalogue catalogue) {
        this.line = line;
        this.entries = List.copyOf(entries);
        for (ProcessingStep step : catalogue.processingSteps()) {
            declared.put(step.id(), step.after());
            roles.put(step.id(), step.roles());
        }
    }

    /** Reads the list under {@code processingSteps.order}, reporting an entry that names no step at its line. */
    static StepOrder read(YamlMap expect, Catalogue catalogue, Problems problems) {
        List<Entry> entries = new ArrayList<>();
        Optional<Node> node = expect.node(KEY);
        if (node.isEmpty() || !(node.get() instanceof SequenceNode sequence)) {
            problems.error(expect.file(), expect.line(KEY), KEY + " must be a list of {step, after, role}");
            return new StepOrder(expect.line(KEY), entries, catalogue);
        }
        for (Node item : sequence.getValue()) {
            YamlMap entry = YamlMap.of(expect.file(), item, problems, KEY + " entry")
                    .allowOnly(KEY + " entry", "step", "after", "role");
            String step = entry.requiredString("step", KEY + " entry");
            if (!step.isEmpty() && catalogue.processingSteps().stream().noneMatch(s -> s.id().equals(step))) {
                problems.error(
                        expect.file(), entry.line(), KEY + ": no processing step '" + step + "' in the catalogue");
            }
            entries.add(new Entry(
                    step,
                    entry.has("after") ? entry.strings("after") : null,
                    entry.has("role") ? entry.strings("role") : null));
        }
        return new StepOrder(expect.line(KEY), entries, catalogue);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public Optional<String> check(Derivation derivation) {
        List<String> applicable = derivation.get(DerivedSet.PROCESSING_STEPS_APPLICABLE);
        List<String> listed = entries.stream().map(Entry::step).toList();
        if (listed.size() != applicable.size()
                || !new LinkedHashSet<>(listed).equals(new LinkedHashSet<>(applicable))) {
            return Optional.of(KEY + ": expected steps " + listed + " but derived " + applicable);
        }
        StepGraph graph = StepGraph.of(declared, applicable);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            List<String> before = new ArrayList<>(graph.before(entry.step()));
            before.stream()
                    .filter(predecessor -> listed.indexOf(predecessor) > listed.indexOf(entry.step()))
                    .forEach(predecessor -> wrong.add(
                            "'" + entry.step() + "' is listed before '" + predecessor + "', which it comes after"));
            if (entry.after() != null && !new LinkedHashSet<>(entry.after()).equals(new LinkedHashSet<>(before))) {
                wrong.add("'" + entry.step() + "' expected after " + entry.after() + " but comes after " + before);
            }
            List<String> worked = roles.getOrDefault(entry.step(), List.of());
            if (entry.roles() != null && !new LinkedHashSet<>(entry.roles()).equals(new LinkedHashSet<>(worked))) {
                wrong.add("'" + entry.step() + "' expected worked by " + String.join(" or ", entry.roles())
                        + " but is worked by " + String.join(" or ", worked));
            }
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(KEY + ": " + String.join("; ", wrong));
    }
}

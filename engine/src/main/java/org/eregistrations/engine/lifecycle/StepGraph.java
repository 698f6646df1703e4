package org.eregistrations.engine.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processing steps of a file as a graph: a step may start once every step before it is approved, so steps with
 * the same predecessors run in parallel. Steps that do not apply to the file are left out, and a step that came after
 * one of them comes after that step's own predecessors instead.
 *
 * <pre>{@code
 * StepGraph graph = StepGraph.of(Map.of("revision", List.of(), "registry", List.of("revision"),
 *         "tax", List.of("revision"), "issuance", List.of("registry", "tax")), applicableSteps);
 * }</pre>
 */
public final class StepGraph {
    private final Map<String, Set<String>> before;

    private StepGraph(Map<String, Set<String>> before) {
        this.before = Collections.unmodifiableMap(before);
    }

    /**
     * @param declared every step of the catalogue with the steps it comes after, in catalogue order
     * @param applicable the steps that apply to this file
     */
    public static StepGraph of(Map<String, List<String>> declared, List<String> applicable) {
        Map<String, Set<String>> before = new LinkedHashMap<>();
        for (String step : declared.keySet()) {
            if (applicable.contains(step)) {
                before.put(step, effectivePredecessors(step, declared, applicable, new LinkedHashSet<>()));
            }
        }
        return new StepGraph(before);
    }

    private static Set<String> effectivePredecessors(
            String step, Map<String, List<String>> declared, List<String> applicable, Set<String> visiting) {
        if (!visiting.add(step)) {
            throw new IllegalArgumentException("processing steps form a cycle through '" + step + "'");
        }
        Set<String> result = new LinkedHashSet<>();
        for (String predecessor : declared.getOrDefault(step, List.of())) {
            if (applicable.contains(predecessor)) {
                result.add(predecessor);
            } else {
                result.addAll(effectivePredecessors(predecessor, declared, applicable, visiting));
            }
        }
        visiting.remove(step);
        return result;
    }

    /** The applicable steps in catalogue order. */
    public List<String> steps() {
        return new ArrayList<>(before.keySet());
    }

    public Set<String> before(String step) {
        return before.getOrDefault(step, Set.of());
    }

    public boolean contains(String step) {
        return before.containsKey(step);
    }
}

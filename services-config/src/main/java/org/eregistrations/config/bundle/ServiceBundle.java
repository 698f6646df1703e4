package org.eregistrations.config.bundle;

import java.nio.file.Path;
import java.util.List;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.engine.ruleset.RuleFile;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A service's rule bundle as read from its folder: the catalogue, the rule files (decision tables already turned into
 * DRL, under their own path), the scenario files, and the SHA-256 fingerprint of every file of the folder.
 */
public record ServiceBundle(
        Path dir, Catalogue catalogue, List<RuleFile> rules, List<ScenarioFile> scenarios, String fingerprint) {
    public ServiceBundle {
        rules = List.copyOf(rules);
        scenarios = List.copyOf(scenarios);
    }

    /** A scenario file's path inside the bundle and its parsed YAML. */
    public record ScenarioFile(String path, Node root) {}
}

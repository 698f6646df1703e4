package org.eregistrations.config.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.CatalogueReader;
import org.eregistrations.config.yaml.Problems;
import org.eregistrations.engine.ruleset.RuleFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a bundle folder: {@code service.yaml}, every {@code *.drl}, every decision table ({@code *.drl.csv},
 * {@code *.drl.xlsx}), {@code scenarios/*.yaml} and the certificates' templates. Problems are collected, not thrown.
 */
public final class BundleLoader {
    public static final String CATALOGUE_FILE = "service.yaml";
    public static final String SCENARIOS_DIR = "scenarios";
    /** Bundles are small text; anything larger is a mistake, not a service. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private BundleLoader() {}

    /** Whether a folder holds a bundle. */
    public static boolean isBundle(Path dir) {
        return Files.isRegularFile(dir.resolve(CATALOGUE_FILE));
    }

    /** The bundle folders directly inside a folder, by name; none when the folder does not exist. */
    public static List<Path> bundlesIn(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(BundleLoader::isBundle).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    public static Optional<ServiceBundle> load(Path dir, Problems problems) {
        if (!isBundle(dir)) {
            problems.error(dir.toString(), 0, "no " + CATALOGUE_FILE + " in this folder, so it is not a rule bundle");
            return Optional.empty();
        }
        Optional<Node> root = parseYaml(dir, CATALOGUE_FILE, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Catalogue catalogue =
                CertificateTemplates.read(dir, CatalogueReader.read(CATALOGUE_FILE, root.get(), problems), problems);
        List<RuleFile> rules = new ArrayList<>();
        List<ServiceBundle.ScenarioFile> scenarios = new ArrayList<>();
        MessageDigest fingerprint = sha256();
        for (String path : files(dir, problems)) {
            bytes(dir, path, problems).ifPresent(content -> {
                fingerprint.update(path.getBytes(StandardCharsets.UTF_8));
                fingerprint.update((byte) 0);
                fingerprint.update(content);
            });
            if (path.startsWith(SCENARIOS_DIR + "/") && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
                parseYaml(dir, path, problems)
                        .ifPresent(node -> scenarios.add(new ServiceBundle.ScenarioFile(path, node)));
            } else if (path.endsWith(".drl")) {
                read(dir, path, problems).ifPresent(text -> rules.add(new RuleFile(path, text)));
            } else if (path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx") || path.endsWith(".drl.xls")) {
                decisionTable(dir, path, problems).ifPresent(rules::add);
            }
        }
        return Optional.of(new ServiceBundle(
                dir, catalogue, rules, scenarios, HexFormat.of().formatHex(fingerprint.digest())));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static List<String> files(Path dir, Problems problems) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(dir.toString(), 0, "cannot list the bundle: " + e.getMessage());
            return List.of();
        }
    }

    static Optional<byte[]> bytes(Path dir, String path, Problems problems) {
        try {
            Path file = dir.resolve(path);
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.error(path, 0, "file is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(path, 0, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> read(Path dir, String path, Problems problems) {
        return bytes(dir, path, problems).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    static Optional<Node> parseYaml(Path dir, String path, Problems problems) {
        Optional<String> text = read(dir, path, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Node node = new Yaml(options).compose(new StringReader(text.get()));
            if (node == null) {
                problems.error(path, 1, "the file is empty");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.error(path, line, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        }
    }

    /** A decision table turned into DRL; compile errors are then reported against the table's file. */
    private static Optional<RuleFile> decisionTable(Path dir, String path, Problems problems) {
        Optional<byte[]> content = bytes(dir, path, problems);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        InputType type = path.endsWith(".csv") ? InputType.CSV : InputType.XLS;
        try (InputStream in = new ByteArrayInputStream(content.get())) {
            String drl = new SpreadsheetCompiler().compile(in, type);
            return Optional.of(new RuleFile(path, drl));
        } catch (RuntimeException | IOException e) {
            problems.error(path, 0, "cannot read the decision table: " + e.getMessage());
            return Optional.empty();
        }
    }
}

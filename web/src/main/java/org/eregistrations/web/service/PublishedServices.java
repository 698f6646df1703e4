package org.eregistrations.web.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.bundle.BundleLoader;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.scenario.TestReport;
import org.eregistrations.engine.ruleset.RuleSet;
import org.eregistrations.web.AppConfig;
import org.jboss.logging.Logger;

/**
 * The services this instance publishes: every bundle of the rules folder that validates and passes its scenarios,
 * compiled at start-up so that no request waits for a compile. A bundle that fails is logged with its messages and
 * not published.
 */
@ApplicationScoped
public class PublishedServices {
    private static final Logger LOG = Logger.getLogger(PublishedServices.class);

    private final AppConfig config;
    private final Map<String, PublishedService> services = new ConcurrentHashMap<>();

    PublishedServices(AppConfig config) {
        this.config = config;
    }

    /** A published service: its catalogue and the ruleset version that serves it. */
    public record PublishedService(Catalogue catalogue, RuleSet ruleSet) {}

    void publishAtStartup(@Observes StartupEvent event) {
        BundleCompiler compiler = new BundleCompiler();
        for (Path dir : bundleDirs(Path.of(config.rulesDir()))) {
            TestReport report = TestReport.of(compiler.compile(dir));
            if (report.passed()) {
                RuleSet ruleSet = report.compiled().ruleSet().orElseThrow();
                Catalogue catalogue = report.compiled().bundle().orElseThrow().catalogue();
                services.put(catalogue.id(), new PublishedService(catalogue, ruleSet));
                LOG.infof(
                        "published %s (version %s, %d scenarios passed, compiled in %d ms)",
                        catalogue.id(),
                        ruleSet.version().substring(0, 12),
                        report.results().size(),
                        ruleSet.compileMillis());
            } else {
                LOG.errorf("not published %s:%n  %s", dir, String.join("\n  ", report.messages()));
            }
        }
    }

    public Collection<PublishedService> all() {
        return services.values().stream()
                .sorted((a, b) -> a.catalogue().id().compareTo(b.catalogue().id()))
                .toList();
    }

    public Optional<PublishedService> find(String serviceId) {
        return Optional.ofNullable(services.get(serviceId));
    }

    private static List<Path> bundleDirs(Path root) {
        if (!Files.isDirectory(root)) {
            LOG.errorf("rules folder %s does not exist; no service is published", root.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(BundleLoader::isBundle).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

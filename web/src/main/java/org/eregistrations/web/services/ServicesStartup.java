package org.eregistrations.web.services;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.config.bundle.BundleLoader;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.services.RuleSetVersions.Attempt;
import org.jboss.logging.Logger;

/**
 * What an instance serves when it starts: the versions the database says are active, or on an empty database the
 * bundles of its rules folder, each one activation attempt; then it listens for activations on other instances.
 */
@ApplicationScoped
class ServicesStartup {
    private static final Logger LOG = Logger.getLogger(ServicesStartup.class);

    private final AppConfig config;
    private final RuleSetVersions versions;
    private final PublishedServices services;
    private final ActivationAttempt attempts;
    private final AgroalDataSource dataSource;
    private ActivationListener listener;

    ServicesStartup(
            AppConfig config,
            RuleSetVersions versions,
            PublishedServices services,
            ActivationAttempt attempts,
            AgroalDataSource dataSource) {
        this.config = config;
        this.versions = versions;
        this.services = services;
        this.attempts = attempts;
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        Map<String, Optional<String>> active = versions.readActiveVersions();
        if (active.isEmpty()) {
            bundleDirs(Path.of(config.rulesDir())).forEach(this::publish);
        } else {
            // a stored version that no longer loads leaves this instance up but not ready (/q/health/ready says why)
            active.keySet().forEach(services::reloadOrReport);
        }
        listener = new ActivationListener(dataSource, services::reload, services::reloadAll);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.close();
        }
    }

    private void publish(Path dir) {
        Attempt attempt = attempts.run(
                UUID.randomUUID(),
                BundleFiles.fromFolder(dir),
                "system",
                "publish",
                dir.getFileName().toString(),
                true);
        LOG.infof(
                "%s %s (version %s): %s",
                attempt.status(),
                dir,
                PublishedServices.shortVersion(attempt.version()),
                attempt.status().equals("activated") ? attempt.timings() : attempt.messages());
    }

    private static List<Path> bundleDirs(Path root) {
        if (!Files.isDirectory(root)) {
            LOG.errorf("rules folder %s does not exist; no service is published", root.toAbsolutePath());
        }
        return BundleLoader.bundlesIn(root);
    }
}

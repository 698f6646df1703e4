package org.eregistrations.web.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.bundle.CompiledBundle;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.RuleSet;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.services.RuleSetVersions.Attempt;
import org.jboss.logging.Logger;

/**
 * The services this instance serves and the rule set version of each, swapped atomically: a request sees wholly the
 * old or wholly the new version. It serves what the database says is active; new versions come through the
 * {@link ActivationGate}, on any instance.
 */
@ApplicationScoped
public class PublishedServices {
    private static final Logger LOG = Logger.getLogger(PublishedServices.class);

    private final AppConfig config;
    private final RuleSetVersions versions;
    private final ActivationGate gate;
    private final BundleCompiler compiler = new BundleCompiler();
    private final AtomicReference<Map<String, PublishedService>> services = new AtomicReference<>(Map.of());
    private final Map<String, PublishedService> byVersion = new ConcurrentHashMap<>();
    private final Map<String, String> loadFailures = new ConcurrentHashMap<>();

    PublishedServices(AppConfig config, RuleSetVersions versions, ActivationGate gate) {
        this.config = config;
        this.versions = versions;
        this.gate = gate;
    }

    /** A service as served: its catalogue, the rule set version that serves it, and whether it is retired. */
    public record PublishedService(Catalogue catalogue, RuleSet ruleSet, boolean retired) {}

    /** The services that accept new files, by id. */
    public Collection<PublishedService> all() {
        return services.get().values().stream()
                .filter(service -> !service.retired())
                .sorted((a, b) -> a.catalogue().id().compareTo(b.catalogue().id()))
                .toList();
    }

    /** A service by id, retired ones included: files in progress go on with them. */
    public Optional<PublishedService> find(String serviceId) {
        return Optional.ofNullable(services.get().get(serviceId));
    }

    /** A version of a service, active or not, compiled from the database on first use. */
    public Optional<PublishedService> findVersion(String serviceId, String version) {
        PublishedService current = services.get().get(serviceId);
        if (current != null && current.ruleSet().version().equals(version)) {
            return Optional.of(current);
        }
        PublishedService known = byVersion.get(serviceId + "@" + version);
        if (known != null) {
            return Optional.of(known);
        }
        if (versions.readBundle(serviceId, version).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cached(serviceId, version));
    }

    /**
     * The services whose active version this instance could not load, with why: it does not serve them as the
     * database says (its readiness check reports them).
     */
    public Map<String, String> loadFailures() {
        return Map.copyOf(loadFailures);
    }

    /** Activates a bundle through the gate and waits until it serves or is refused: for tests and benchmarks. */
    public Attempt activateAndWait(BundleFiles bundle, String user) {
        return gate.activateAndWait(bundle, user);
    }

    /** Retires a service: no new files, files in progress go on. */
    public void retire(String serviceId, String user) {
        PublishedService service =
                find(serviceId).orElseThrow(() -> new IllegalArgumentException("no service " + serviceId));
        versions.retire(serviceId, user);
        swap(new PublishedService(service.catalogue(), service.ruleSet(), true));
    }

    /** Keeps the version the gate just activated and serves what the database says is active now. */
    void serve(@Observes VersionActivated activated) {
        byVersion.put(activated.service().catalogue().id() + "@" + activated.version(), activated.service());
        // another instance may have activated after this one
        reload(activated.service().catalogue().id());
    }

    /** Reloads every service: after (re)connecting the listener, notifications may have been missed. */
    void reloadAll() {
        versions.readActiveVersions().keySet().forEach(this::reloadOrReport);
    }

    /** Reloads a service; one that cannot be loaded is logged and reported, and the others are loaded. */
    void reloadOrReport(String serviceId) {
        try {
            reload(serviceId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot serve the version of %s the database says is active", serviceId);
        }
    }

    /** Serves the version the database says is active for a service (on start-up and when another instance tells). */
    void reload(String serviceId) {
        Optional<String> activeVersion = versions.readActiveVersions().getOrDefault(serviceId, Optional.empty());
        PublishedService current = services.get().get(serviceId);
        if (activeVersion.isEmpty()) {
            loadFailures.remove(serviceId);
            if (current != null && !current.retired()) {
                swap(new PublishedService(current.catalogue(), current.ruleSet(), true));
            } else if (current == null) {
                // retired before this instance started: its files in progress still need its rules
                versions.readLastVersion(serviceId).ifPresent(last -> {
                    PublishedService loaded = cached(serviceId, last);
                    swap(new PublishedService(loaded.catalogue(), loaded.ruleSet(), true));
                });
            }
            return;
        }
        if (current != null && !current.retired() && current.ruleSet().version().equals(activeVersion.get())) {
            loadFailures.remove(serviceId);
            return;
        }
        try {
            swap(cached(serviceId, activeVersion.get()));
            loadFailures.remove(serviceId);
        } catch (RuntimeException e) {
            loadFailures.put(
                    serviceId, "version " + shortVersion(activeVersion.get()) + " cannot be loaded: " + e.getMessage());
            throw e;
        }
        LOG.infof("serving %s version %s", serviceId, shortVersion(activeVersion.get()));
    }

    private PublishedService cached(String serviceId, String version) {
        return byVersion.computeIfAbsent(serviceId + "@" + version, key -> load(serviceId, version));
    }

    private PublishedService load(String serviceId, String version) {
        BundleFiles bundle = versions.readBundle(serviceId, version).orElseThrow();
        Path dir = bundle.writeToTemporaryFolder(BundleFiles.workDir(config));
        try {
            CompiledBundle compiled = compiler.compile(dir);
            RuleSet ruleSet = compiled.ruleSet()
                    .orElseThrow(() -> new IllegalStateException("stored version " + version + " of " + serviceId
                            + " no longer compiles: " + compiled.errors()));
            // warm before it serves: the first requests on a new version do not each pay for its first session
            ruleSet.derive(FileValues.empty());
            return new PublishedService(compiled.bundle().orElseThrow().catalogue(), ruleSet, false);
        } finally {
            BundleFiles.delete(dir);
        }
    }

    private void swap(PublishedService service) {
        services.updateAndGet(current -> {
            Map<String, PublishedService> next = new HashMap<>(current);
            next.put(service.catalogue().id(), service);
            return Map.copyOf(next);
        });
    }

    static String shortVersion(String version) {
        return version == null ? "-" : version.substring(0, 12);
    }
}

package org.eregistrations.web.services;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.bundle.BundleLoader;
import org.eregistrations.config.bundle.CompiledBundle;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.scenario.TestReport;
import org.eregistrations.engine.ruleset.RuleSet;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.services.RuleSetVersions.Attempt;
import org.jboss.logging.Logger;

/**
 * The services this instance serves and the rule set version of each. A new version is compiled, validated and
 * tested against its scenarios off the request path and only then swapped in, atomically: a request sees wholly the
 * old or wholly the new version. Versions live in the database; an activation on any instance reaches the others.
 */
@ApplicationScoped
public class PublishedServices {
    private static final Logger LOG = Logger.getLogger(PublishedServices.class);

    private final AppConfig config;
    private final RuleSetVersions versions;
    private final AgroalDataSource dataSource;
    private final BundleCompiler compiler = new BundleCompiler();
    private final AtomicReference<Map<String, PublishedService>> services = new AtomicReference<>(Map.of());
    private final Map<String, PublishedService> byVersion = new ConcurrentHashMap<>();
    private final BundleChecks checks;
    private final ExecutorService activations = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ruleset-activation");
        thread.setDaemon(true);
        return thread;
    });
    private ActivationListener listener;

    PublishedServices(AppConfig config, RuleSetVersions versions, AgroalDataSource dataSource) {
        this.config = config;
        this.versions = versions;
        this.dataSource = dataSource;
        this.checks = new BundleChecks(compiler, config.attemptTimeout());
    }

    /** A service as served: its catalogue, the rule set version that serves it, and whether it is retired. */
    public record PublishedService(Catalogue catalogue, RuleSet ruleSet, boolean retired) {}

    void start(@Observes StartupEvent event) {
        Map<String, Optional<String>> active = versions.readActiveVersions();
        if (active.isEmpty()) {
            for (Path dir : bundleDirs(Path.of(config.rulesDir()))) {
                Attempt attempt = activate(
                        UUID.randomUUID(),
                        BundleFiles.fromFolder(dir),
                        "system",
                        "publish",
                        dir.getFileName().toString());
                LOG.infof(
                        "%s %s (version %s): %s",
                        attempt.status(),
                        dir,
                        shortVersion(attempt.version()),
                        attempt.status().equals("activated") ? attempt.timings() : attempt.messages());
            }
        } else {
            active.keySet().forEach(this::reload);
        }
        listener = new ActivationListener(dataSource, this::reload, this::reloadAll);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.close();
        }
        activations.shutdownNow();
        checks.close();
    }

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

    /** Reloads every service: after (re)connecting the listener, notifications may have been missed. */
    void reloadAll() {
        versions.readActiveVersions().keySet().forEach(this::reload);
    }

    /** Queues a bundle for activation and returns the pending attempt; its outcome is read with {@link #attempt}. */
    public Attempt submit(BundleFiles bundle, String user) {
        return submit(bundle, user, null);
    }

    /**
     * Queues a bundle read from a folder: the folder must be named after the service's id, so a copied folder never
     * replaces another service.
     */
    public Attempt submitFolder(Path dir, String user) {
        return submit(BundleFiles.fromFolder(dir), user, dir.getFileName().toString());
    }

    private Attempt submit(BundleFiles bundle, String user, String folderName) {
        Attempt pending =
                new Attempt(UUID.randomUUID(), null, null, "pending", List.of(), Map.of(), Instant.now(), user);
        versions.recordAttempt(pending);
        activations.submit(() -> activate(pending.id(), bundle, user, "activate", folderName));
        return pending;
    }

    /** Activates now (on the activation thread) and waits: for start-up, rollbacks and tests. */
    public Attempt activateAndWait(BundleFiles bundle, String user) {
        return await(activations.submit(() -> activate(UUID.randomUUID(), bundle, user, "activate")));
    }

    public Optional<Attempt> attempt(UUID id) {
        return versions.readAttempt(id);
    }

    public List<Attempt> recentAttempts() {
        return versions.readRecentAttempts(50);
    }

    /** Makes an earlier version of a service active again; it passes its scenarios again first. */
    public Attempt rollBack(String serviceId, String version, String user) {
        BundleFiles bundle = versions.readBundle(serviceId, version)
                .orElseThrow(() -> new IllegalArgumentException("service " + serviceId + " has no version " + version));
        return await(activations.submit(() -> activate(UUID.randomUUID(), bundle, user, "rollback")));
    }

    private static Attempt await(Future<Attempt> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while activating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Retires a service: no new files, files in progress go on. */
    public void retire(String serviceId, String user) {
        PublishedService service =
                find(serviceId).orElseThrow(() -> new IllegalArgumentException("no service " + serviceId));
        versions.retire(serviceId, user);
        swap(new PublishedService(service.catalogue(), service.ruleSet(), true));
    }

    public List<RuleSetVersions.Activation> activations(String serviceId) {
        return versions.readActivations(serviceId);
    }

    private Attempt activate(UUID id, BundleFiles bundle, String user, String action) {
        return activate(id, bundle, user, action, null);
    }

    private Attempt activate(UUID id, BundleFiles bundle, String user, String action, String folderName) {
        Map<String, Long> timings = new LinkedHashMap<>();
        Path dir = null;
        try {
            dir = bundle.writeToTemporaryFolder(workDir());
            long start = System.nanoTime();
            Optional<BundleChecks.Checked> checked = checks.check(dir);
            if (checked.isEmpty()) {
                timings.put("abandonedAfterMillis", millisSince(start));
                Attempt refused = new Attempt(
                        id, null, null, "refused", List.of(checks.timedOut()), timings, Instant.now(), user);
                versions.recordAttempt(refused);
                LOG.warnf("refused a bundle from %s, the active version keeps serving: %s", user, refused.messages());
                return refused;
            }
            timings.putAll(checked.get().timings());
            TestReport report = checked.get().report();
            CompiledBundle compiled = report.compiled();
            String serviceId = compiled.bundle().map(b -> b.catalogue().id()).orElse(null);
            String version = compiled.ruleSet().map(RuleSet::version).orElse(null);
            if (folderName != null && serviceId != null && !folderName.equals(serviceId)) {
                Attempt refused = new Attempt(
                        id,
                        serviceId,
                        version,
                        "refused",
                        List.of("folder '" + folderName + "' holds service '" + serviceId
                                + "'; a bundle's folder is named after its service id"),
                        timings,
                        Instant.now(),
                        user);
                versions.recordAttempt(refused);
                LOG.warnf("refused %s: %s", folderName, refused.messages());
                return refused;
            }
            if (report.passed() && report.results().isEmpty()) {
                Attempt refused = new Attempt(
                        id,
                        serviceId,
                        version,
                        "refused",
                        List.of("the bundle has no scenario;"
                                + " scenarios gate activation on a live instance, add one under scenarios/"),
                        timings,
                        Instant.now(),
                        user);
                versions.recordAttempt(refused);
                return refused;
            }
            if (!report.passed()) {
                Attempt refused =
                        new Attempt(id, serviceId, version, "refused", report.messages(), timings, Instant.now(), user);
                versions.recordAttempt(refused);
                LOG.warnf(
                        "refused %s from %s, the active version keeps serving:%n  %s",
                        serviceId, user, String.join("\n  ", report.messages()));
                return refused;
            }
            long swapped = System.nanoTime();
            PublishedService service = new PublishedService(
                    compiled.bundle().orElseThrow().catalogue(),
                    compiled.ruleSet().orElseThrow(),
                    false);
            versions.storeAndActivate(serviceId, version, bundle, action, user);
            byVersion.put(serviceId + "@" + version, service);
            // serve what the database says is active: another instance may have activated after this one
            reload(serviceId);
            timings.put("storeAndSwapMillis", millisSince(swapped));
            Attempt activated =
                    new Attempt(id, serviceId, version, "activated", report.messages(), timings, Instant.now(), user);
            versions.recordAttempt(activated);
            return activated;
        } catch (RuntimeException | Error e) {
            // whatever happens, the attempt ends: refused, never left pending
            LOG.error("activation failed", e);
            Attempt failed = new Attempt(
                    id,
                    null,
                    null,
                    "refused",
                    List.of("activation failed: " + e.getMessage()),
                    timings,
                    Instant.now(),
                    user);
            versions.recordAttempt(failed);
            return failed;
        } finally {
            if (dir != null) {
                BundleFiles.delete(dir);
            }
        }
    }

    /** Serves the version the database says is active for a service (on start-up and when another instance tells). */
    void reload(String serviceId) {
        Optional<String> activeVersion = versions.readActiveVersions().getOrDefault(serviceId, Optional.empty());
        PublishedService current = services.get().get(serviceId);
        if (activeVersion.isEmpty()) {
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
            return;
        }
        PublishedService loaded = byVersion.computeIfAbsent(
                serviceId + "@" + activeVersion.get(), key -> load(serviceId, activeVersion.get()));
        swap(loaded);
        LOG.infof("serving %s version %s", serviceId, shortVersion(activeVersion.get()));
    }

    private PublishedService cached(String serviceId, String version) {
        return byVersion.computeIfAbsent(serviceId + "@" + version, key -> load(serviceId, version));
    }

    private PublishedService load(String serviceId, String version) {
        BundleFiles bundle = versions.readBundle(serviceId, version).orElseThrow();
        Path dir = bundle.writeToTemporaryFolder(workDir());
        try {
            CompiledBundle compiled = compiler.compile(dir);
            return new PublishedService(
                    compiled.bundle().orElseThrow().catalogue(),
                    compiled.ruleSet()
                            .orElseThrow(() -> new IllegalStateException("stored version " + version + " of "
                                    + serviceId + " no longer compiles: " + compiled.errors())),
                    false);
        } finally {
            BundleFiles.delete(dir);
        }
    }

    /** Where bundles are unpacked while they are compiled and tested: a folder of their own, removed after. */
    private Path workDir() {
        return config.bundleWorkDir().map(Path::of).orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir")));
    }

    private void swap(PublishedService service) {
        services.updateAndGet(current -> {
            Map<String, PublishedService> next = new HashMap<>(current);
            next.put(service.catalogue().id(), service);
            return Map.copyOf(next);
        });
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String shortVersion(String version) {
        return version == null ? "-" : version.substring(0, 12);
    }

    private static List<Path> bundleDirs(Path root) {
        if (!Files.isDirectory(root)) {
            LOG.errorf("rules folder %s does not exist; no service is published", root.toAbsolutePath());
        }
        return BundleLoader.bundlesIn(root);
    }
}

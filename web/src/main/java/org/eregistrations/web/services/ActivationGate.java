package org.eregistrations.web.services;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.services.RuleSetVersions.Attempt;

/**
 * The way a new version gets in: bundles from uploads, the rules folder and rollbacks are queued on one background
 * thread, so attempts never overlap; each is an {@link ActivationAttempt}, recorded with its messages and timings. When
 * the instance stops, the attempt under way finishes (within the attempt deadline) and those still queued are
 * recorded as refused, so none is left half-done or pending.
 */
@ApplicationScoped
public class ActivationGate {
    private static final long STOP_MARGIN_MILLIS = 10_000;
    private final RuleSetVersions versions;
    private final ActivationAttempt attempts;
    private final Duration attemptTimeout;
    private volatile boolean stopping;
    private final ExecutorService activations = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ruleset-activation");
        thread.setDaemon(true);
        return thread;
    });

    ActivationGate(RuleSetVersions versions, ActivationAttempt attempts, AppConfig config) {
        this.versions = versions;
        this.attempts = attempts;
        this.attemptTimeout = config.attemptTimeout();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        activations.shutdown();
        try {
            // the attempt deadline bounds the running attempt; the queued ones are refused at once
            if (!activations.awaitTermination(attemptTimeout.toMillis() + STOP_MARGIN_MILLIS, TimeUnit.MILLISECONDS)) {
                activations.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            activations.shutdownNow();
        } finally {
            attempts.close();
        }
    }

    /** Queues an uploaded bundle for activation and returns the pending attempt; its outcome is read with {@link #attempt}. */
    public Attempt submit(BundleFiles bundle, String user) {
        return submit(bundle, user, null, "upload", true);
    }

    /**
     * Queues an uploaded bundle to be checked only: one that passes is stored, not activated, so it can be tried before
     * it goes live ({@link #activateStored}).
     */
    public Attempt submitToCheck(BundleFiles bundle, String user) {
        return submit(bundle, user, null, "upload", false);
    }

    /**
     * Queues a bundle read from a folder: the folder must be named after the service's id, so a copied folder never
     * replaces another service.
     */
    public Attempt submitFolder(Path dir, String user) {
        return submit(BundleFiles.fromFolder(dir), user, dir.getFileName().toString(), "folder", true);
    }

    private Attempt submit(BundleFiles bundle, String user, String folderName, String source, boolean activate) {
        Attempt pending = Attempt.pending(UUID.randomUUID(), user, source);
        versions.recordAttempt(pending);
        try {
            activations.submit(() -> stopping
                    ? attempts.notRun(pending.id(), user, source)
                    : attempts.run(pending.id(), bundle, user, source, folderName, activate));
        } catch (RejectedExecutionException e) {
            // the instance is stopping and takes no more attempts: this one is recorded refused, not left pending
            return attempts.notRun(pending.id(), user, source);
        }
        return pending;
    }

    /** Activates now (on the activation thread) and waits: for start-up, rollbacks and tests. */
    public Attempt activateAndWait(BundleFiles bundle, String user) {
        return await(activations.submit(() -> attempts.run(UUID.randomUUID(), bundle, user, "upload", null, true)));
    }

    /**
     * Makes a stored version of a service active: an earlier one again (a rollback) or one checked and tried but never
     * active. It passes its scenarios again first.
     */
    public Attempt activateStored(String serviceId, String version, String user) {
        BundleFiles bundle = versions.readBundle(serviceId, version)
                .orElseThrow(() -> new IllegalArgumentException("service " + serviceId + " has no version " + version));
        boolean activeBefore = versions.readActivations(serviceId).stream()
                .anyMatch(activation -> version.equals(activation.version()));
        String source = activeBefore ? "rollback" : "activate";
        return await(activations.submit(() -> attempts.run(UUID.randomUUID(), bundle, user, source, null, true)));
    }

    public Optional<Attempt> attempt(UUID id) {
        return versions.readAttempt(id);
    }

    public List<Attempt> recentAttempts() {
        return versions.readRecentAttempts(50);
    }

    public List<Attempt> recentAttempts(String serviceId) {
        return versions.readRecentAttempts(serviceId, 50);
    }

    public List<RuleSetVersions.Activation> activations(String serviceId) {
        return versions.readActivations(serviceId);
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
}

package org.eregistrations.web.services;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.bundle.CompiledBundle;
import org.eregistrations.config.scenario.TestReport;
import org.eregistrations.engine.ruleset.RuleSet;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.services.RuleSetVersions.Attempt;
import org.eregistrations.web.services.RuleSetVersions.ScenarioOutcome;
import org.jboss.logging.Logger;

/**
 * One activation attempt: the bundle is unpacked, compiled, validated and tested against its scenarios within the
 * attempt deadline; only one that passes is stored, activated and announced ({@link VersionActivated}).
 */
@ApplicationScoped
class ActivationAttempt {
    private static final Logger LOG = Logger.getLogger(ActivationAttempt.class);

    private final AppConfig config;
    private final RuleSetVersions versions;
    private final Event<VersionActivated> activated;
    private final BundleChecks checks;
    private final MeterRegistry metrics;

    ActivationAttempt(
            AppConfig config, RuleSetVersions versions, Event<VersionActivated> activated, MeterRegistry metrics) {
        this.metrics = metrics;
        this.config = config;
        this.versions = versions;
        this.activated = activated;
        this.checks = new BundleChecks(new BundleCompiler(), config.attemptTimeout());
    }

    /** Stops the checks' threads: the gate calls it once no attempt runs any more. */
    void close() {
        checks.close();
    }

    /**
     * One attempt, which always ends recorded: activated (or, when {@code activate} is false, passed and stored to be
     * tried), or refused with why while the active version serves on. The source says how the bundle came (publish,
     * upload, folder, rollback, activate); it is also the activation's action.
     */
    Attempt run(UUID id, BundleFiles bundle, String user, String source, String folderName, boolean activate) {
        Map<String, Long> timings = new LinkedHashMap<>();
        Path dir = null;
        try {
            dir = bundle.writeToTemporaryFolder(BundleFiles.workDir(config));
            long start = System.nanoTime();
            Optional<BundleChecks.Checked> checked = checks.check(dir);
            if (checked.isEmpty()) {
                timings.put("abandonedAfterMillis", millisSince(start));
                return refused(new Attempt(
                        id,
                        null,
                        null,
                        "refused",
                        List.of(checks.timedOut()),
                        timings,
                        Instant.now(),
                        user,
                        source,
                        List.of()));
            }
            timings.putAll(checked.get().timings());
            TestReport report = checked.get().report();
            CompiledBundle compiled = report.compiled();
            String serviceId = compiled.bundle().map(b -> b.catalogue().id()).orElse(null);
            String version = compiled.ruleSet().map(RuleSet::version).orElse(null);
            List<ScenarioOutcome> scenarios = report.results().stream()
                    .map(result -> new ScenarioOutcome(
                            result.scenario().name(), result.scenario().file(), result.failures()))
                    .toList();
            Optional<List<String>> refusal = report.refusal(folderName);
            if (refusal.isPresent()) {
                return refused(new Attempt(
                        id,
                        serviceId,
                        version,
                        "refused",
                        refusal.get(),
                        timings,
                        Instant.now(),
                        user,
                        source,
                        scenarios));
            }
            long swapped = System.nanoTime();
            if (!activate) {
                versions.store(serviceId, version, bundle, user);
                timings.put("storeMillis", millisSince(swapped));
                return recorded(new Attempt(
                        id,
                        serviceId,
                        version,
                        "passed",
                        report.messages(),
                        timings,
                        Instant.now(),
                        user,
                        source,
                        scenarios));
            }
            versions.storeAndActivate(serviceId, version, bundle, source, user);
            activated.fire(new VersionActivated(
                    version,
                    new PublishedService(
                            compiled.bundle().orElseThrow().catalogue(),
                            compiled.ruleSet().orElseThrow(),
                            false)));
            timings.put("storeAndSwapMillis", millisSince(swapped));
            return recorded(new Attempt(
                    id,
                    serviceId,
                    version,
                    "activated",
                    report.messages(),
                    timings,
                    Instant.now(),
                    user,
                    source,
                    scenarios));
        } catch (RuntimeException | Error e) {
            // whatever happens, the attempt ends: refused, never left pending
            LOG.error("activation failed", e);
            return recorded(new Attempt(
                    id,
                    null,
                    null,
                    "refused",
                    List.of("activation failed: " + e.getMessage()),
                    timings,
                    Instant.now(),
                    user,
                    source,
                    List.of()));
        } finally {
            if (dir != null) {
                BundleFiles.delete(dir);
            }
        }
    }

    /** An attempt still queued when the instance stopped: refused, so it is not left pending. */
    Attempt notRun(UUID id, String user, String source) {
        return refused(new Attempt(
                id,
                null,
                null,
                "refused",
                List.of("the instance stopped before this attempt ran; the active version keeps serving, send the"
                        + " bundle again"),
                Map.of(),
                Instant.now(),
                user,
                source,
                List.of()));
    }

    private Attempt refused(Attempt attempt) {
        LOG.warnf(
                "refused %s from %s, the active version keeps serving:%n  %s",
                attempt.serviceId() == null ? "a bundle" : attempt.serviceId(),
                attempt.by(),
                String.join("\n  ", attempt.messages()));
        return recorded(attempt);
    }

    private Attempt recorded(Attempt attempt) {
        versions.recordAttempt(attempt);
        Counter.builder("eregistrations.ruleset.attempts")
                .description("Activation attempts of rule bundles, by outcome (activated or refused)")
                .tag("outcome", attempt.status())
                .register(metrics)
                .increment();
        attempt.timings().forEach((stage, millis) -> Timer.builder("eregistrations.ruleset.attempt.stages")
                .description("Time each stage of an activation attempt took")
                .tag("stage", stage.replace("Millis", ""))
                .register(metrics)
                .record(Duration.ofMillis(millis)));
        return attempt;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

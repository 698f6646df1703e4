package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.lifecycle.FileProcess;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.SnapshotStore;

/**
 * A file's way after it is filled in: the investor sends, resubmits or withdraws it (or throws a draft away); officers decide the steps their
 * roles work.
 */
@ApplicationScoped
public class LifecycleService {
    /** The decisions that need a reason: the investor reads those of a file sent back or rejected. */
    public static final Set<String> NEEDS_REASON = Set.of("sendBack", "reject", "pause");

    private final FileStore store;
    private final SnapshotStore snapshots;
    private final FileAccess access;
    private final FileViews views;
    private final FileProcesses processes;
    private final ObjectMapper json;
    private final Event<LifecycleEvent> events;
    private final WorkedSteps steps;
    private final RoundRobin roundRobin;
    private final Event<StepApproved> approvals;

    LifecycleService(
            FileStore store,
            SnapshotStore snapshots,
            FileAccess access,
            FileViews views,
            FileProcesses processes,
            ObjectMapper json,
            Event<LifecycleEvent> events,
            WorkedSteps steps,
            RoundRobin roundRobin,
            Event<StepApproved> approvals) {
        this.store = store;
        this.snapshots = snapshots;
        this.access = access;
        this.views = views;
        this.processes = processes;
        this.json = json;
        this.events = events;
        this.steps = steps;
        this.roundRobin = roundRobin;
        this.approvals = approvals;
    }

    /** Sends the file: nothing may be missing; it is pinned to its ruleset version with a snapshot of its sets. */
    @Transactional
    public FileView send(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = access.owned(id, caller);
        PublishedService service = access.serviceOf(file);
        Derivation derivation = views.derive(service, store.readCurrent(id));
        if (!derivation.isComplete()) {
            throw new NotSendableException(DerivationView.of(derivation).missing());
        }
        List<String> steps = derivation.get(DerivedSet.PROCESSING_STEPS_APPLICABLE);
        FileProcess process = processes
                .process(file, service.catalogue(), steps)
                .submit(FileProcesses.graph(service.catalogue(), steps), caller.user(), Instant.now());
        snapshots.saveSnapshot(id, derivation.ruleSetVersion(), json.valueToTree(DerivationView.of(derivation)));
        file.rulesetVersion = derivation.ruleSetVersion();
        return told(
                given(processes.record(file, expectedVersion, process, List.of(), caller)),
                LifecycleEvent.RECEIVED,
                null,
                null);
    }

    @Transactional
    public FileView withdraw(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = access.owned(id, caller);
        FileProcess next = processes.current(file).withdraw(caller.user(), Instant.now());
        return processes.record(file, expectedVersion, next, List.of(), caller);
    }

    /** The investor throws a draft away: it leaves their files, and its events stay, so a restore brings it back. */
    @Transactional
    public FileView discard(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = access.owned(id, caller);
        FileProcess next = processes.current(file).discard(caller.user(), Instant.now());
        return processes.record(file, expectedVersion, next, List.of(), caller);
    }

    @Transactional
    public FileView resubmit(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = access.owned(id, caller);
        FileProcess process = processes.current(file).resubmit(caller.user(), Instant.now());
        Derivation derivation = views.derive(file);
        if (!derivation.isComplete()) {
            throw new NotSendableException(DerivationView.of(derivation).missing());
        }
        snapshots.saveSnapshot(id, derivation.ruleSetVersion(), json.valueToTree(DerivationView.of(derivation)));
        return told(
                given(processes.record(
                        file,
                        expectedVersion,
                        process,
                        Revision.reviewAgain(access.serviceOf(file).catalogue(), store.readCurrent(file.id)),
                        caller)),
                LifecycleEvent.RESENT,
                null,
                null);
    }

    /**
     * An officer's decision on a step: {@code approve}, {@code sendBack}, {@code reject}, {@code pause} (put aside,
     * with a reason; nobody is told) or {@code resume}.
     */
    @Transactional
    public FileView decide(UUID id, long expectedVersion, String step, String decision, String reason, Caller caller) {
        return decide(id, expectedVersion, step, decision, reason, Map.of(), caller);
    }

    /**
     * A decision, with the values of the step's form ({@link StepForm}, by field name) when it approves: a form that
     * is not filled in as it must be refuses the approval, nothing stored.
     */
    @Transactional
    public FileView decide(
            UUID id,
            long expectedVersion,
            String step,
            String decision,
            String reason,
            Map<String, JsonNode> fields,
            Caller caller) {
        FileRecord file = access.readable(id, caller);
        Map<String, JsonNode> values = store.readCurrent(id);
        ProcessingStep worked = steps.check(file, step, values, caller);
        checkReason(decision, reason);
        List<Revision.Item> corrections = List.of();
        if (worked.revision()) {
            Revision revision = Revision.of(step, access.serviceOf(file).catalogue(), values);
            revision.checkDecision(decision);
            corrections = decision.equals("sendBack") ? revision.invalid() : List.of();
        }
        FileProcess process = processes.current(file);
        Instant now = Instant.now();
        FileProcess next =
                switch (decision) {
                    case "approve" -> process.approve(step, caller.user(), now);
                    case "sendBack" -> process.sendBack(step, caller.user(), now, reason);
                    case "reject" -> process.reject(step, caller.user(), now, reason);
                    case "pause" -> process.pause(step, caller.user(), now, reason);
                    case "resume" -> process.resume(step, caller.user(), now);
                    default -> throw new InvalidValueException(
                            "decision", "must be approve, sendBack, reject, pause or resume");
                };
        List<Map.Entry<String, JsonNode>> changes = new ArrayList<>();
        if (decision.equals("approve")) {
            Catalogue catalogue = access.serviceOf(file).catalogue();
            StepForm.of(worked, catalogue, views.view(file))
                    .read(new FileSchema(catalogue), fields)
                    .forEach((path, value) -> changes.add(Map.entry(path, value)));
        }
        ObjectNode recorded = JsonNodeFactory.instance.objectNode().put("decision", decision);
        if (reason != null && !reason.isBlank()) {
            recorded.put("reason", reason);
        }
        changes.add(Map.entry(new PropertyPath.StepDecision(step).format(), recorded));
        FileView view = given(processes.record(file, expectedVersion, next, changes, caller));
        if (decision.equals("approve")) {
            view = approved(view, worked, caller);
        }
        String told =
                switch (decision) {
                    case "sendBack" -> LifecycleEvent.SENT_BACK;
                    case "reject" -> LifecycleEvent.REJECTED;
                    default -> next.status() == FileStatus.APPROVED ? LifecycleEvent.APPROVED : null;
                };
        return told == null ? view : told(view, told, worked, reason, corrections);
    }

    /** The file after new work at its round-robin steps is given to the next officers ({@link RoundRobin}). */
    private FileView given(FileView view) {
        FileRecord file = store.findFile(view.id()).orElseThrow();
        boolean any = roundRobin.assignPending(view, access.serviceOf(file).catalogue(), views.rulesetVersion(file));
        return any ? views.view(store.findFile(view.id()).orElseThrow()) : view;
    }

    /** Tells who issues certificates that the step was approved; the file as they left it. */
    private FileView approved(FileView view, ProcessingStep step, Caller caller) {
        FileRecord file = store.findFile(view.id()).orElseThrow();
        approvals.fire(new StepApproved(
                view,
                FileNumbers.of(file),
                access.serviceOf(file).catalogue(),
                view.derivation().sets().getOrDefault("certificates.applicable", List.of()),
                step,
                caller));
        return views.view(store.findFile(view.id()).orElseThrow());
    }

    /** Tells the investor of the change just recorded (in this transaction). */
    private FileView told(FileView view, String kind, ProcessingStep step, String reason) {
        return told(view, kind, step, reason, List.of());
    }

    private FileView told(
            FileView view, String kind, ProcessingStep step, String reason, List<Revision.Item> corrections) {
        FileRecord file = store.findFile(view.id()).orElseThrow();
        events.fire(new LifecycleEvent(
                file.id,
                FileNumbers.of(file),
                file.ownerId,
                kind,
                step == null ? null : step.id(),
                step == null ? null : step.name(),
                reason,
                corrections));
        return view;
    }

    private static void checkReason(String decision, String reason) {
        if (NEEDS_REASON.contains(decision) && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", "is required to send a file back, reject it or pause a step");
        }
        if (reason != null && ValueLimits.hasControlCharacters(reason)) {
            throw new InvalidValueException("reason", "must not contain control characters");
        }
    }
}

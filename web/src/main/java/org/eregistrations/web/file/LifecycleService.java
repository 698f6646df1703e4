package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.lifecycle.FileProcess;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
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
    private final FileStore store;
    private final SnapshotStore snapshots;
    private final FileAccess access;
    private final FileViews views;
    private final FileProcesses processes;
    private final ObjectMapper json;
    private final Event<LifecycleEvent> events;
    private final Event<StepApproved> approvals;

    LifecycleService(
            FileStore store,
            SnapshotStore snapshots,
            FileAccess access,
            FileViews views,
            FileProcesses processes,
            ObjectMapper json,
            Event<LifecycleEvent> events,
            Event<StepApproved> approvals) {
        this.store = store;
        this.snapshots = snapshots;
        this.access = access;
        this.views = views;
        this.processes = processes;
        this.json = json;
        this.events = events;
        this.approvals = approvals;
    }

    /** Sends the file: nothing may be missing; it is pinned to its ruleset version with a snapshot of its sets. */
    @Transactional
    public FileView send(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = access.owned(id, caller);
        PublishedService service = access.serviceOf(file);
        Derivation derivation =
                service.ruleSet().derive(new FileSchema(service.catalogue()).fileValues(store.readCurrent(id)));
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
                processes.record(file, expectedVersion, process, null, caller), LifecycleEvent.RECEIVED, null, null);
    }

    @Transactional
    public FileView withdraw(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = access.owned(id, caller);
        FileProcess next = processes.current(file).withdraw(caller.user(), Instant.now());
        return processes.record(file, expectedVersion, next, null, caller);
    }

    /** The investor throws a draft away: it leaves their files, and its events stay, so a restore brings it back. */
    @Transactional
    public FileView discard(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = access.owned(id, caller);
        FileProcess next = processes.current(file).discard(caller.user(), Instant.now());
        return processes.record(file, expectedVersion, next, null, caller);
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
                processes.record(file, expectedVersion, process, null, caller), LifecycleEvent.RECEIVED, null, null);
    }

    /** An officer's decision on a step: {@code approve}, {@code sendBack} or {@code reject}. */
    @Transactional
    public FileView decide(UUID id, long expectedVersion, String step, String decision, String reason, Caller caller) {
        FileRecord file = access.readable(id, caller);
        ProcessingStep worked = access.serviceOf(file).catalogue().processingSteps().stream()
                .filter(s -> s.id().equals(step))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("step", "no processing step '" + step + "'"));
        if (!caller.works(worked)) {
            throw new AccessDeniedException("step '" + step + "' is worked by role '" + worked.role() + "'"
                    + (worked.institution() == null ? "" : " at institution '" + worked.institution() + "'"));
        }
        checkReason(decision, reason);
        if (worked.assignable()) {
            // only the officer who took the file decides an assignable step, through the pages or the API
            JsonNode holder = store.readCurrent(id).get(new PropertyPath.StepAssignee(step).format());
            if (holder != null && holder.isTextual() && !holder.asText().equals(caller.user())) {
                throw new IllegalTransitionException(
                        "step '" + step + "' of this file is taken by " + holder.asText() + "; only they decide it");
            }
        }
        FileProcess process = processes.current(file);
        Instant now = Instant.now();
        FileProcess next =
                switch (decision) {
                    case "approve" -> process.approve(step, caller.user(), now);
                    case "sendBack" -> process.sendBack(step, caller.user(), now, reason);
                    case "reject" -> process.reject(step, caller.user(), now, reason);
                    default -> throw new InvalidValueException("decision", "must be approve, sendBack or reject");
                };
        ObjectNode recorded = JsonNodeFactory.instance.objectNode().put("decision", decision);
        if (reason != null && !reason.isBlank()) {
            recorded.put("reason", reason);
        }
        FileView view = processes.record(
                file, expectedVersion, next, Map.entry(new PropertyPath.StepDecision(step).format(), recorded), caller);
        if (decision.equals("approve")) {
            view = approved(view, worked, caller);
        }
        String told =
                switch (decision) {
                    case "sendBack" -> LifecycleEvent.SENT_BACK;
                    case "reject" -> LifecycleEvent.REJECTED;
                    default -> next.status() == FileStatus.APPROVED ? LifecycleEvent.APPROVED : null;
                };
        return told == null ? view : told(view, told, worked, reason);
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
        FileRecord file = store.findFile(view.id()).orElseThrow();
        events.fire(new LifecycleEvent(
                file.id,
                FileNumbers.of(file),
                file.ownerId,
                kind,
                step == null ? null : step.id(),
                step == null ? null : step.name(),
                reason));
        return view;
    }

    private static void checkReason(String decision, String reason) {
        if (!decision.equals("approve") && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", "is required to send a file back or reject it");
        }
        if (reason != null && ValueLimits.hasControlCharacters(reason)) {
            throw new InvalidValueException("reason", "must not contain control characters");
        }
    }
}

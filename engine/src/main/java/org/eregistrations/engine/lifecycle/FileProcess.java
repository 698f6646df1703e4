package org.eregistrations.engine.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle of a file: draft → submitted → its processing steps → approved (closed), or rejected (closed for
 * good), or sent back for corrections → resubmitted, returning to the step that sent it back; withdrawn by the
 * investor before a decision. Immutable: every decision returns the next state, or throws
 * {@link IllegalTransitionException} saying why it is not allowed.
 *
 * <pre>{@code
 * FileProcess file = FileProcess.draft().submit(graph, "ana", now);
 * file = file.approve("revision", "officer1", now);   // registry and tax are now pending, in parallel
 * }</pre>
 */
public record FileProcess(FileStatus status, StepGraph graph, Map<String, StepStatus> steps, List<Decision> decisions) {
    public FileProcess {
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        decisions = List.copyOf(decisions);
    }

    public static FileProcess draft() {
        return new FileProcess(FileStatus.DRAFT, null, Map.of(), List.of());
    }

    /** The investor sends the file: its applicable steps start, those without predecessors pending. */
    public FileProcess submit(StepGraph stepGraph, String user, Instant at) {
        require(status == FileStatus.DRAFT, "only a draft can be sent; this file is " + status);
        Map<String, StepStatus> started = new LinkedHashMap<>();
        stepGraph.steps().forEach(step -> started.put(step, StepStatus.WAITING));
        FileProcess sent = new FileProcess(
                FileStatus.SUBMITTED,
                stepGraph,
                started,
                append(new Decision(null, Decision.Outcome.SUBMITTED, user, at, null)));
        return sent.advance();
    }

    public FileProcess approve(String step, String user, Instant at) {
        requireWorkable(step);
        return withStep(step, StepStatus.APPROVED, new Decision(step, Decision.Outcome.APPROVED, user, at, null))
                .advance();
    }

    /** An officer sends the file back for corrections; the investor may edit it again. */
    public FileProcess sendBack(String step, String user, Instant at, String reason) {
        requireWorkable(step);
        FileProcess back =
                withStep(step, StepStatus.SENT_BACK, new Decision(step, Decision.Outcome.SENT_BACK, user, at, reason));
        return new FileProcess(FileStatus.SENT_BACK, graph, back.steps, back.decisions);
    }

    /** An officer rejects the file for good. */
    public FileProcess reject(String step, String user, Instant at, String reason) {
        requireWorkable(step);
        FileProcess rejected =
                withStep(step, StepStatus.REJECTED, new Decision(step, Decision.Outcome.REJECTED, user, at, reason));
        return new FileProcess(FileStatus.REJECTED, graph, rejected.steps, rejected.decisions);
    }

    public FileProcess pause(String step, String user, Instant at, String reason) {
        requireWorkable(step);
        return withStep(step, StepStatus.PAUSED, new Decision(step, Decision.Outcome.PAUSED, user, at, reason));
    }

    public FileProcess resume(String step, String user, Instant at) {
        require(
                status == FileStatus.SUBMITTED && steps.get(step) == StepStatus.PAUSED,
                "step '" + step + "' is not paused");
        return withStep(step, StepStatus.PENDING, new Decision(step, Decision.Outcome.RESUMED, user, at, null));
    }

    /** The investor sends the corrected file back; the step that sent it back is pending again. */
    public FileProcess resubmit(String user, Instant at) {
        require(
                status == FileStatus.SENT_BACK,
                "only a file sent back for corrections can be resubmitted; this file is " + status);
        Map<String, StepStatus> next = new LinkedHashMap<>(steps);
        next.replaceAll((step, state) -> state == StepStatus.SENT_BACK ? StepStatus.PENDING : state);
        return new FileProcess(
                        FileStatus.SUBMITTED,
                        graph,
                        next,
                        append(new Decision(null, Decision.Outcome.RESUBMITTED, user, at, null)))
                .advance();
    }

    /** The investor withdraws the file before a decision closes it. */
    public FileProcess withdraw(String user, Instant at) {
        require(!status.isClosed(), "a closed file cannot be withdrawn; this file is " + status);
        return new FileProcess(
                FileStatus.WITHDRAWN,
                graph,
                steps,
                append(new Decision(null, Decision.Outcome.WITHDRAWN, user, at, null)));
    }

    /** The investor throws a draft away; a file once sent is withdrawn instead, so its history with officers stays. */
    public FileProcess discard(String user, Instant at) {
        require(status == FileStatus.DRAFT, "only a draft can be discarded; this file is " + status);
        return new FileProcess(
                FileStatus.DISCARDED,
                graph,
                steps,
                append(new Decision(null, Decision.Outcome.DISCARDED, user, at, null)));
    }

    /**
     * Moves a file in Part B to the steps of another ruleset version: steps that still apply keep their state, new
     * ones wait for their predecessors, steps that no longer apply are dropped (their decisions stay in the history).
     */
    public FileProcess migrate(StepGraph newGraph) {
        require(status.isPartB(), "only a file in Part B moves to new steps; this file is " + status);
        Map<String, StepStatus> next = new LinkedHashMap<>();
        for (String step : newGraph.steps()) {
            next.put(step, steps.getOrDefault(step, StepStatus.WAITING));
        }
        return new FileProcess(status, newGraph, next, decisions).advance();
    }

    /** The steps officers can work now. */
    public List<String> pendingSteps() {
        List<String> pending = new ArrayList<>();
        steps.forEach((step, state) -> {
            if (state == StepStatus.PENDING) {
                pending.add(step);
            }
        });
        return pending;
    }

    /** The step that sent the file back, while it is sent back. */
    public Optional<String> sentBackBy() {
        return steps.entrySet().stream()
                .filter(entry -> entry.getValue() == StepStatus.SENT_BACK)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private FileProcess advance() {
        Map<String, StepStatus> next = new LinkedHashMap<>(steps);
        for (String step : graph.steps()) {
            boolean ready = graph.before(step).stream().allMatch(before -> next.get(before) == StepStatus.APPROVED);
            if (next.get(step) == StepStatus.WAITING && ready) {
                next.put(step, StepStatus.PENDING);
            }
        }
        boolean allApproved = next.values().stream().allMatch(state -> state == StepStatus.APPROVED);
        return new FileProcess(allApproved ? FileStatus.APPROVED : status, graph, next, decisions);
    }

    private void requireWorkable(String step) {
        require(status == FileStatus.SUBMITTED, "the file is " + status + ", so no step can be decided");
        require(graph.contains(step), "step '" + step + "' does not apply to this file");
        require(steps.get(step) == StepStatus.PENDING, "step '" + step + "' is " + steps.get(step) + ", not pending");
    }

    private FileProcess withStep(String step, StepStatus state, Decision decision) {
        Map<String, StepStatus> next = new LinkedHashMap<>(steps);
        next.put(step, state);
        return new FileProcess(status, graph, next, append(decision));
    }

    private List<Decision> append(Decision decision) {
        List<Decision> all = new ArrayList<>(decisions);
        all.add(decision);
        return all;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalTransitionException(message);
        }
    }
}

package org.eregistrations.web.partb;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.engine.lifecycle.StepStatus;
import org.eregistrations.web.file.AccessDeniedException;
import org.eregistrations.web.file.Assignments;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNotFoundException;
import org.eregistrations.web.file.FileService;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.InvalidChangesException;
import org.eregistrations.web.file.InvalidValueException;
import org.eregistrations.web.file.LifecycleService;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.Revision;
import org.eregistrations.web.file.Revisions;
import org.eregistrations.web.site.MalformedFormException;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.store.ConcurrentChangeException;

/**
 * Sent files as the officers' pages work them: a file none of whose steps the officer works is a page that does not
 * exist, and a decision is checked as the form says it (a reason, a confirmation, the version the page showed)
 * before {@link LifecycleService#decide} stores it.
 */
@ApplicationScoped
class WorkedFiles {
    private static final Set<String> DECISIONS = Set.of("approve", "sendBack", "reject", "pause", "resume");

    private final Officers officers;
    private final FileService files;
    private final LifecycleService lifecycle;
    private final Assignments assignments;
    private final Revisions revisions;

    WorkedFiles(
            Officers officers,
            FileService files,
            LifecycleService lifecycle,
            Assignments assignments,
            Revisions revisions) {
        this.officers = officers;
        this.files = files;
        this.lifecycle = lifecycle;
        this.assignments = assignments;
        this.revisions = revisions;
    }

    Caller officer() {
        return officers.officer();
    }

    /** A sent file with a step the officer works or the supervisor oversees. */
    Opened open(UUID id, Caller officer) {
        Opened opened = call(() -> files.open(id, officer));
        boolean worked = opened.file().status() != FileStatus.DRAFT
                && opened.catalogue().processingSteps().stream()
                        .anyMatch(step -> opened.file().steps().containsKey(step.id()) && officer.oversees(step));
        if (!worked) {
            throw new PageNotFoundException(); // the officer's own file, say, is theirs in Part A only
        }
        return opened;
    }

    /**
     * Why a decision the officer could take is refused as the form was filled in (a text key of the page), or null;
     * a step that is not theirs is a 404, a step that is not pending or a version that moved on a 409.
     */
    String refusal(
            Opened opened, Caller officer, String step, String decision, String reason, String confirm, String seen) {
        worked(opened, officer, step);
        if (decision == null || !DECISIONS.contains(decision)) {
            throw new MalformedFormException("decision must be approve, sendBack, reject, pause or resume");
        }
        ProcessingStep worked = workable(opened, officer, step, seen, decision.equals("resume"));
        if (worked.revision()) {
            Revision revision =
                    Revision.of(step, opened.catalogue(), opened.file().values());
            if (decision.equals("approve") && !revision.allValid()) {
                return "revision_approve_refused";
            }
            if (decision.equals("sendBack") && !revision.canSendBack()) {
                return "revision_send_back_refused";
            }
        }
        if (LifecycleService.NEEDS_REASON.contains(decision) && (reason == null || reason.isBlank())) {
            return "review_reason_required";
        }
        if (decision.equals("reject") && !"yes".equals(confirm)) {
            return "review_confirm_required";
        }
        return null;
    }

    /**
     * Stores the marks a revision form sent, or says why not as a text key of the page (an invalid item without its
     * reason); a step that is not the officer's or no revision is a 404, an item the file lacks a 400.
     */
    String review(Opened opened, String step, Map<String, Revision.Mark> marks, String seen, Caller officer) {
        if (!worked(opened, officer, step).revision()) {
            throw new PageNotFoundException();
        }
        workable(opened, officer, step, seen, false);
        Revision revision = Revision.of(step, opened.catalogue(), opened.file().values());
        for (Map.Entry<String, Revision.Mark> mark : marks.entrySet()) {
            if (revision.item(mark.getKey()).isEmpty()) {
                throw new MalformedFormException(mark.getKey() + " is not an item of this file");
            }
            Revision.Mark given = mark.getValue();
            boolean section = mark.getKey().startsWith(PropertyPath.Reviewed.SECTION.segment() + ".");
            boolean written = given.text() != null && !given.text().isBlank();
            if (!given.valid()
                    && ((section || "other".equals(given.reasonType())) && !written
                            || !section && given.reasonType() == null)) {
                return "revision_reason_needed";
            }
        }
        try {
            call(() -> revisions.review(opened.file().id(), opened.file().version(), step, marks, officer));
        } catch (ConcurrentChangeException e) {
            throw stale(opened);
        } catch (InvalidChangesException | InvalidValueException e) {
            throw new MalformedFormException(e.getMessage()); // a reason type or a length no form sends
        }
        return null;
    }

    /**
     * Stores a decision {@link #refusal} let through, with the step form's values when it approves; returns the
     * problems of the step form by field (then nothing is stored), else none.
     */
    Map<String, String> decide(
            Opened opened, String step, String decision, String reason, Map<String, JsonNode> fields, Caller officer) {
        String given = !LifecycleService.NEEDS_REASON.contains(decision) || reason == null ? null : reason.strip();
        try {
            call(() -> lifecycle.decide(
                    opened.file().id(), opened.file().version(), step, decision, given, fields, officer));
            return Map.of();
        } catch (ConcurrentChangeException e) {
            throw stale(opened);
        } catch (InvalidChangesException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.problems().forEach(problem -> problems.put(problem.path(), problem.getMessage()));
            return problems;
        } catch (InvalidValueException e) {
            throw new MalformedFormException(e.getMessage()); // a reason with control characters no form sends
        }
    }

    /** Runs a file operation; a file or step that is not the officer's is a page that does not exist. */
    static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (FileNotFoundException | AccessDeniedException e) {
            throw new PageNotFoundException();
        } catch (IllegalTransitionException e) {
            throw new WorkRefusedException(409, "refused_pending_title", "refused_pending_text", "/work");
        }
    }

    static long version(String seen) {
        try {
            return Long.parseLong(seen);
        } catch (NumberFormatException e) {
            throw new MalformedFormException("version must be a number");
        }
    }

    static WorkRefusedException stale(Opened opened) {
        return new WorkRefusedException(
                409,
                "refused_stale_title",
                "refused_stale_text",
                "/work/files/" + opened.file().id());
    }

    /**
     * The step, if the officer may work it now on the version the page showed: a version that moved on, a step that
     * is not pending or one another officer took is a 409.
     */
    private static ProcessingStep workable(Opened opened, Caller officer, String step, String seen, boolean paused) {
        ProcessingStep worked = worked(opened, officer, step);
        if (version(seen) != opened.file().version()) {
            throw stale(opened);
        }
        boolean ready = paused
                ? StepStatus.PAUSED.name().equals(opened.file().steps().get(worked.id()))
                : opened.file().pendingSteps().contains(worked.id());
        if (opened.file().status() != FileStatus.SUBMITTED || !ready) {
            throw notPending(opened);
        }
        Assignments.assignee(opened.file(), step)
                .filter(holder -> worked.assignable() && !holder.equals(officer.user()))
                .ifPresent(holder -> {
                    throw held(opened, holder);
                });
        return worked;
    }

    static ProcessingStep worked(Opened opened, Caller officer, String step) {
        return opened.catalogue().processingSteps().stream()
                .filter(s -> s.id().equals(step)
                        && officer.works(s)
                        && opened.file().steps().containsKey(s.id()))
                .findFirst()
                .orElseThrow(PageNotFoundException::new);
    }

    static WorkRefusedException held(Opened opened, String holder) {
        return new WorkRefusedException(
                        409,
                        "refused_assigned_title",
                        "refused_assigned_text",
                        "/work/files/" + opened.file().id())
                .holder(holder);
    }

    static WorkRefusedException notPending(Opened opened) {
        return new WorkRefusedException(
                409,
                "refused_pending_title",
                "refused_pending_text",
                "/work/files/" + opened.file().id());
    }
}

package org.eregistrations.web.partb;

import jakarta.enterprise.context.ApplicationScoped;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.Assignments;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.InvalidValueException;
import org.eregistrations.web.site.MalformedFormException;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.store.ConcurrentChangeException;

/**
 * Who holds a file at an assignable step, as the officers' pages change it: an officer takes an unassigned file, a
 * dispatcher gives it to another officer of the step's role; each checked as the form says it before it is stored.
 */
@ApplicationScoped
class AssignedFiles {
    private final Assignments assignments;

    AssignedFiles(Assignments assignments) {
        this.assignments = assignments;
    }

    /**
     * Gives the file at an assignable step to the officer: a step that is not theirs or not assignable is a 404; a
     * step that is not pending, a file someone holds already or a version that moved on a 409, nothing stored.
     */
    void take(Opened opened, String step, String seen, Caller officer) {
        ProcessingStep worked = WorkedFiles.worked(opened, officer, step);
        if (!worked.assignable()) {
            throw new PageNotFoundException();
        }
        if (WorkedFiles.version(seen) != opened.file().version()) {
            throw WorkedFiles.stale(opened);
        }
        if (opened.file().status() != FileStatus.SUBMITTED
                || !opened.file().pendingSteps().contains(worked.id())) {
            throw WorkedFiles.notPending(opened);
        }
        Assignments.assignee(opened.file(), step).ifPresent(holder -> {
            throw WorkedFiles.held(opened, holder);
        });
        try {
            WorkedFiles.call(
                    () -> assignments.take(opened.file().id(), opened.file().version(), step, officer));
        } catch (ConcurrentChangeException e) {
            throw WorkedFiles.stale(opened);
        }
    }

    /**
     * A dispatcher who works the step, or a supervisor of it, gives the file at an assignable step to another officer:
     * a step that is not assignable or that the caller may not reassign is a 404; an officer without the step's role a 400; a version that
     * moved on or a step that is not pending a 409.
     */
    void reassign(Opened opened, String step, String officer, String seen, Caller dispatcher) {
        ProcessingStep worked = opened.catalogue().processingSteps().stream()
                .filter(s -> s.id().equals(step) && opened.file().steps().containsKey(s.id()))
                .filter(s -> Assignments.reassigns(dispatcher, s))
                .findFirst()
                .orElseThrow(PageNotFoundException::new);
        if (WorkedFiles.version(seen) != opened.file().version()) {
            throw WorkedFiles.stale(opened);
        }
        if (opened.file().status() != FileStatus.SUBMITTED
                || !opened.file().pendingSteps().contains(worked.id())) {
            throw WorkedFiles.notPending(opened);
        }
        try {
            WorkedFiles.call(() ->
                    assignments.reassign(opened.file().id(), opened.file().version(), worked, officer, dispatcher));
        } catch (ConcurrentChangeException e) {
            throw WorkedFiles.stale(opened);
        } catch (InvalidValueException e) {
            throw new MalformedFormException(e.getMessage()); // an officer the form does not offer
        }
    }
}

package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;

/**
 * Who holds a file at an assignable processing step: the officer who took it, stored as an event of the file (path
 * {@code steps.<step>.assignee}) so that it is in the file's history. The pages check that the step is the officer's,
 * pending and assignable before {@link #take}.
 */
@ApplicationScoped
public class Assignments {
    static final String CAUSE_ASSIGNMENT = "assignment";

    /** The role that gives files at assignable steps to other officers (with the step's own role). */
    public static final String DISPATCHER = "dispatcher";

    private final FileStore store;
    private final FileViews views;
    private final RoundRobin roundRobin;
    private final Event<StepAssigned> assigned;

    Assignments(FileStore store, FileViews views, RoundRobin roundRobin, Event<StepAssigned> assigned) {
        this.store = store;
        this.views = views;
        this.roundRobin = roundRobin;
        this.assigned = assigned;
    }

    /** Whether the caller gives files at the step to officers: a dispatcher who works it, or a supervisor of it. */
    public static boolean reassigns(Caller caller, ProcessingStep step) {
        return step.assignable()
                && ((caller.has(DISPATCHER) && caller.works(step))
                        || (caller.has(Caller.SUPERVISOR) && caller.oversees(step)));
    }

    /** The officers a dispatcher may give the file to at the step: those who hold its role at its institution. */
    public List<String> assignable(ProcessingStep step) {
        return roundRobin.officersOf(step);
    }

    /**
     * A dispatcher gives the file at an assignable step to another officer who holds its role (checked here: anyone
     * else is refused), if the file is still at {@code expectedVersion}; the officer is told by mail.
     */
    @Transactional
    public long reassign(UUID fileId, long expectedVersion, ProcessingStep step, String officer, Caller dispatcher) {
        if (!reassigns(dispatcher, step)) {
            throw new AccessDeniedException(
                    "only a dispatcher who works the step or a supervisor of it gives it to another officer");
        }
        if (!assignable(step).contains(officer)) {
            throw new InvalidValueException("officer", "does not hold the role of step '" + step.id() + "'");
        }
        FileRecord file = store.findFile(fileId).orElseThrow(() -> new FileNotFoundException(fileId));
        long version = store.appendChanges(
                fileId,
                expectedVersion,
                List.of(new PropertyChange(
                        new PropertyPath.StepAssignee(step.id()).format(), JsonNodeFactory.instance.textNode(officer))),
                dispatcher.actor(),
                views.rulesetVersion(file),
                CAUSE_ASSIGNMENT);
        assigned.fire(new StepAssigned(fileId, FileNumbers.of(file), officer, step.id(), step.name()));
        return version;
    }

    /** The user name of the officer who holds the file at the step, if anyone does. */
    public static Optional<String> assignee(FileView file, String step) {
        JsonNode value = file.values().get(new PropertyPath.StepAssignee(step).format());
        return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
    }

    /**
     * Gives the file at the step to the officer, if the file is still at {@code expectedVersion} (else a
     * {@link org.eregistrations.web.store.ConcurrentChangeException}, nothing stored); returns the new version.
     */
    @Transactional
    public long take(UUID fileId, long expectedVersion, String step, Caller officer) {
        FileRecord file = store.findFile(fileId).orElseThrow(() -> new FileNotFoundException(fileId));
        PropertyChange change = new PropertyChange(
                new PropertyPath.StepAssignee(step).format(), JsonNodeFactory.instance.textNode(officer.user()));
        return store.appendChanges(
                fileId,
                expectedVersion,
                List.of(change),
                officer.actor(),
                views.rulesetVersion(file),
                CAUSE_ASSIGNMENT);
    }
}

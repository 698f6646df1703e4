package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    private final FileStore store;
    private final FileViews views;

    Assignments(FileStore store, FileViews views) {
        this.store = store;
        this.views = views;
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

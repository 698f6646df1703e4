package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.web.file.Revision.Mark;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;

/**
 * An officer's review at a revision step, item by item: each document, receipt and data section the file has is marked
 * valid, or invalid with a reason ({@link Revision}). Marks are events of the file (cause {@code review}), so the
 * file's history shows who found what, when.
 */
@ApplicationScoped
public class Revisions {
    static final String CAUSE_REVIEW = "review";

    private final FileStore store;
    private final FileAccess access;
    private final FileViews views;
    private final WorkedSteps steps;

    Revisions(FileStore store, FileAccess access, FileViews views, WorkedSteps steps) {
        this.store = store;
        this.access = access;
        this.views = views;
        this.steps = steps;
    }

    /**
     * Stores the marks (keyed {@code documents.<requirement>}, {@code receipts.<cost>}, {@code sections.<section>}) at
     * the step, if the file is still at {@code expectedVersion}; all of them or, on any bad one, none.
     */
    @Transactional
    public FileView review(UUID id, long expectedVersion, String step, Map<String, Mark> marks, Caller caller) {
        FileRecord file = access.readable(id, caller);
        Map<String, JsonNode> values = store.readCurrent(id);
        ProcessingStep worked = steps.check(file, step, values, caller);
        if (!worked.revision()) {
            throw new InvalidValueException("step", "'" + step + "' is not a revision step: it is decided as a whole");
        }
        FileView current = views.view(file);
        if (current.status() != FileStatus.SUBMITTED || !current.pendingSteps().contains(step)) {
            throw new IllegalTransitionException("step '" + step + "' is not pending; its review cannot change");
        }
        Revision revision = Revision.of(step, access.serviceOf(file).catalogue(), values);
        List<InvalidValueException> problems = new ArrayList<>();
        List<PropertyChange> changes = new ArrayList<>();
        marks.forEach((key, mark) -> {
            try {
                Revision.Item item = revision.item(key)
                        .orElseThrow(() -> new InvalidValueException(
                                key, "is not a document, receipt or data section of this file"));
                Mark stored = checked(key, item, mark);
                if (!stored.equals(item.mark())) {
                    changes.add(new PropertyChange(item.path().format(), withDocument(stored, item, values)));
                }
            } catch (InvalidValueException e) {
                problems.add(e);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidChangesException(problems);
        }
        if (file.version != expectedVersion) {
            throw store.stale(expectedVersion, file.version);
        }
        if (!changes.isEmpty()) {
            store.appendChanges(id, expectedVersion, changes, caller.actor(), views.rulesetVersion(file), CAUSE_REVIEW);
        }
        return views.view(store.findFile(id).orElseThrow());
    }

    /** A mark as stored: of a document or receipt, with the SHA-256 of the upload it judged (a new one is a correction). */
    private static JsonNode withDocument(Mark mark, Revision.Item item, Map<String, JsonNode> values) {
        com.fasterxml.jackson.databind.node.ObjectNode json =
                (com.fasterxml.jackson.databind.node.ObjectNode) mark.toJson();
        String path = Revision.uploadPath(item.path());
        JsonNode upload = path == null ? null : values.get(path);
        if (upload != null && upload.hasNonNull("sha256")) {
            json.put("sha256", upload.get("sha256").asText());
        }
        return json;
    }

    /** The revision of a step of a file, for an officer who works the step. */
    @Transactional
    public Revision read(UUID id, String step, Caller caller) {
        FileRecord file = access.readable(id, caller);
        ProcessingStep worked = steps.check(file, step, Map.of(), caller);
        if (!worked.revision()) {
            throw new InvalidValueException("step", "'" + step + "' is not a revision step: it is decided as a whole");
        }
        return Revision.of(step, access.serviceOf(file).catalogue(), store.readCurrent(id));
    }

    /** The mark as it is stored (a section's reason type is always 'other', the text stripped); else why not. */
    private static Mark checked(String key, Revision.Item item, Mark mark) {
        if (mark.valid()) {
            return Mark.VALID;
        }
        boolean section = item.path().kind() == PropertyPath.Reviewed.SECTION;
        String type = section ? "other" : mark.reasonType();
        if (type == null || !Revision.REASON_TYPES.contains(type)) {
            throw new InvalidValueException(key, "an invalid item needs a reason type: illegible, mismatch or other");
        }
        String text = mark.text() == null ? "" : mark.text().strip();
        if (type.equals("other") && text.isEmpty()) {
            throw new InvalidValueException(key, "an invalid item needs a written reason when its reason is 'other'");
        }
        if (text.length() > Revision.LONGEST_REASON || ValueLimits.hasControlCharacters(text)) {
            throw new InvalidValueException(
                    key,
                    "its reason must be at most " + Revision.LONGEST_REASON
                            + " characters, without control characters");
        }
        return new Mark(false, type, text.isEmpty() ? null : text);
    }
}

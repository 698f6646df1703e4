package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.engine.lifecycle.FileProcess;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.StepGraph;
import org.eregistrations.engine.lifecycle.StepStatus;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;

/**
 * A file's process between the store and the engine's {@link FileProcess}: read from the status and the steps it
 * has, and recorded back as the changes of status and steps a transition made.
 */
@ApplicationScoped
class FileProcesses {
    static final String CAUSE_LIFECYCLE = "lifecycle";

    private final FileStore store;
    private final FileAccess access;
    private final FileViews views;

    FileProcesses(FileStore store, FileAccess access, FileViews views) {
        this.store = store;
        this.access = access;
        this.views = views;
    }

    /** The process of a file with the steps it has now. */
    FileProcess current(FileRecord file) {
        Catalogue catalogue = access.serviceOf(file).catalogue();
        List<String> applicable =
                new ArrayList<>(FileViews.steps(store.readCurrent(file.id)).keySet());
        return process(file, catalogue, applicable);
    }

    /** The process of a file whose applicable steps are {@code applicableSteps}. */
    FileProcess process(FileRecord file, Catalogue catalogue, List<String> applicableSteps) {
        Map<String, StepStatus> steps = new LinkedHashMap<>();
        FileViews.steps(store.readCurrent(file.id))
                .forEach((step, state) -> steps.put(step, StepStatus.valueOf(state)));
        FileStatus status = file.status;
        return new FileProcess(
                status, status == FileStatus.DRAFT ? null : graph(catalogue, applicableSteps), steps, List.of());
    }

    static StepGraph graph(Catalogue catalogue, List<String> applicable) {
        Map<String, List<String>> declared = new LinkedHashMap<>();
        catalogue.processingSteps().forEach(step -> declared.put(step.id(), step.after()));
        return StepGraph.of(declared, applicable);
    }

    /**
     * Stores what a transition changed — the status, the steps whose status moved and, for an officer, the decision —
     * as one lifecycle change of the file.
     */
    FileView record(
            FileRecord file,
            long expectedVersion,
            FileProcess next,
            Map.Entry<String, JsonNode> decision,
            Caller caller) {
        return record(file, expectedVersion, next, decision == null ? List.of() : List.of(decision), caller);
    }

    /** As {@link #record(FileRecord, long, FileProcess, Map.Entry, Caller)}, with further changes (null removes). */
    FileView record(
            FileRecord file,
            long expectedVersion,
            FileProcess next,
            List<Map.Entry<String, JsonNode>> further,
            Caller caller) {
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        // the steps first, then the file: its history reads "step approved", then "file approved"
        next.steps()
                .forEach((step, state) -> changes.put(
                        new PropertyPath.StepState(step).format(), JsonNodeFactory.instance.textNode(state.name())));
        changes.put(
                new PropertyPath.Status().format(),
                JsonNodeFactory.instance.textNode(next.status().name()));
        Map<String, JsonNode> before = store.readCurrent(file.id);
        List<PropertyChange> events = new ArrayList<>();
        changes.forEach((path, value) -> {
            if (!value.equals(before.get(path))) {
                events.add(new PropertyChange(path, value));
            }
        });
        further.forEach(change -> events.add(new PropertyChange(change.getKey(), change.getValue())));
        store.appendChanges(
                file.id, expectedVersion, events, caller.actor(), views.rulesetVersion(file), CAUSE_LIFECYCLE);
        FileRecord stored = store.findFile(file.id).orElseThrow();
        stored.status = next.status();
        return views.view(stored);
    }
}

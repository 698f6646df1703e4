package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.lifecycle.StepStatus;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileState;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.SnapshotStore;

/**
 * What the file services share in reading a file: its current values derived by the version it is worked with, and
 * the {@link FileView} the API and the pages are given.
 */
@ApplicationScoped
class FileViews {
    private final FileStore store;
    private final SnapshotStore snapshots;
    private final FileAccess access;
    private final ObjectMapper json;
    private final LiveSessions sessions;
    private final Derivations derivations;

    FileViews(
            FileStore store,
            SnapshotStore snapshots,
            FileAccess access,
            ObjectMapper json,
            LiveSessions sessions,
            Derivations derivations) {
        this.derivations = derivations;
        this.store = store;
        this.snapshots = snapshots;
        this.access = access;
        this.json = json;
        this.sessions = sessions;
    }

    /** The file as it is now: its version and values read together, derived by its live session. */
    FileView view(FileRecord file) {
        FileState state = store.readState(file.id);
        return view(file, state.version(), state.values());
    }

    /** The file at {@code version}, whose values are {@code values}: derived by its live session. */
    FileView view(FileRecord file, long version, Map<String, JsonNode> values) {
        Map<String, String> steps = steps(values);
        List<String> pending = steps.entrySet().stream()
                .filter(e -> e.getValue().equals(StepStatus.PENDING.name()))
                .map(Map.Entry::getKey)
                .toList();
        return new FileView(
                file.id,
                file.serviceId,
                file.ownerId,
                file.status,
                version,
                file.rulesetVersion,
                values,
                current(file, version, values),
                steps,
                pending);
    }

    /** The file's current values derived by the version it is worked with. */
    Derivation derive(FileRecord file) {
        PublishedService service = access.serviceOf(file);
        return derive(service, store.readCurrent(file.id));
    }

    /** Values derived by a service's version in a pooled stateless session. */
    Derivation derive(PublishedService service, Map<String, JsonNode> values) {
        return derivations.stateless(service.ruleSet(), new FileSchema(service.catalogue()).fileValues(values));
    }

    /**
     * Values of a file (at any moment) derived by the version it is worked with, in a pooled stateless session. A draft
     * follows the active version; a sent file is derived by the version it is pinned to (compiled from the database
     * when it is no longer active), or shows its snapshot when that version cannot be had.
     */
    DerivationView derivation(FileRecord file, Map<String, JsonNode> values) {
        PublishedService service = access.serviceOf(file);
        return snapshot(file, service).orElseGet(() -> DerivationView.of(derive(service, values)));
    }

    /** {@link #derivation} of the file's current values, at {@code version}, by the file's live session. */
    DerivationView current(FileRecord file, long version, Map<String, JsonNode> values) {
        PublishedService service = access.serviceOf(file);
        return snapshot(file, service)
                .orElseGet(() -> DerivationView.of(
                        sessions.derive(file.id, version, service.ruleSet(), () -> new FileSchema(service.catalogue())
                                .fileValues(values))));
    }

    private Optional<DerivationView> snapshot(FileRecord file, PublishedService service) {
        if (file.rulesetVersion != null
                && !file.rulesetVersion.equals(service.ruleSet().version())) {
            return snapshots.readSnapshot(file.id).map(snapshot -> json.convertValue(snapshot, DerivationView.class));
        }
        return Optional.empty();
    }

    /** The version a change of the file is recorded under: the one it is pinned to, else the active one. */
    String rulesetVersion(FileRecord file) {
        return file.rulesetVersion != null
                ? file.rulesetVersion
                : access.service(file.serviceId).ruleSet().version();
    }

    /** The steps a file has, with the status of each. */
    static Map<String, String> steps(Map<String, JsonNode> values) {
        Map<String, String> steps = new LinkedHashMap<>();
        values.forEach((path, value) -> PropertyPath.stepOf(path).ifPresent(step -> steps.put(step, value.asText())));
        return steps;
    }
}

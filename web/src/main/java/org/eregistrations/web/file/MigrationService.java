package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.lifecycle.FileProcess;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.StepGraph;
import org.eregistrations.engine.lifecycle.StepStatus;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;
import org.eregistrations.web.store.SnapshotStore;

/**
 * Moves sent and closed files to the active version of their service, only when a configurator confirms: first a
 * preview per file of what would appear and disappear, then the migration itself, recorded as an event.
 */
@ApplicationScoped
public class MigrationService {
    static final String CAUSE_MIGRATION = "migration";
    private static final List<DerivedSet> COMPARED = List.of(
            DerivedSet.REGISTRATIONS_REQUESTED,
            DerivedSet.CERTIFICATES_APPLICABLE,
            DerivedSet.REQUIREMENTS_APPLICABLE,
            DerivedSet.COSTS_PAYABLE,
            DerivedSet.DATA_FORMS_APPLICABLE,
            DerivedSet.SUBMISSION_FORMS_APPLICABLE,
            DerivedSet.PROCESSING_STEPS_APPLICABLE);

    private final FileStore store;
    private final SnapshotStore snapshots;
    private final FileAccess access;
    private final PublishedServices services;
    private final ObjectMapper json;
    private final Derivations derivations;

    MigrationService(
            FileStore store,
            SnapshotStore snapshots,
            FileAccess access,
            PublishedServices services,
            ObjectMapper json,
            Derivations derivations) {
        this.derivations = derivations;
        this.store = store;
        this.snapshots = snapshots;
        this.access = access;
        this.services = services;
        this.json = json;
    }

    /** What a file would gain and lose by moving to the active version: per set, the members that appear and go. */
    public record Preview(
            UUID fileId, FileStatus status, String fromVersion, String toVersion, Map<String, Change> changes) {}

    /** Members of one set that would appear and disappear. */
    public record Change(List<String> appear, List<String> disappear) {}

    /** The preview for every sent or closed file of a service that is on another version than the active one. */
    public List<Preview> preview(String serviceId, Caller caller) {
        requireConfigurator(caller);
        PublishedService service = service(serviceId);
        List<Preview> previews = new ArrayList<>();
        for (FileRecord file : FileRecord.<FileRecord>list(
                "serviceId = ?1 and rulesetVersion is not null and rulesetVersion <> ?2 order by createdAt",
                serviceId,
                service.ruleSet().version())) {
            previews.add(preview(file, service));
        }
        return previews;
    }

    /** The sent or closed files of a service on another version than the active one, oldest first, at most so many. */
    public List<FileRecord> onOtherVersions(String serviceId, int limit, Caller caller) {
        requireConfigurator(caller);
        return FileRecord.<FileRecord>find(
                        "serviceId = ?1 and rulesetVersion is not null and rulesetVersion <> ?2 order by createdAt",
                        serviceId,
                        service(serviceId).ruleSet().version())
                .page(0, limit)
                .list();
    }

    /** What one file would gain and lose by moving to the active version of its service. */
    public Preview previewFile(UUID id, Caller caller) {
        FileRecord file = access.readable(id, caller);
        requireConfigurator(caller);
        if (file.rulesetVersion == null) {
            throw new InvalidValueException("toVersion", "a draft follows the active version; it is never migrated");
        }
        return preview(file, service(file.serviceId));
    }

    /** Moves one file, at whatever version it is now, to the active version: for a configurator's bulk run. */
    @Transactional
    public Preview migrateNow(UUID id, String toVersion, Caller caller) {
        FileRecord file = access.readable(id, caller);
        return migrate(id, file.version, toVersion, caller);
    }

    /** Moves one file to the active version, which must be the one the configurator previewed. */
    @Transactional
    public Preview migrate(UUID id, long expectedVersion, String toVersion, Caller caller) {
        FileRecord file = access.readable(id, caller);
        requireConfigurator(caller);
        PublishedService service = service(file.serviceId);
        if (!service.ruleSet().version().equals(toVersion)) {
            throw new InvalidValueException(
                    "toVersion",
                    "the active version of " + file.serviceId + " is "
                            + service.ruleSet().version() + ", not " + toVersion);
        }
        if (file.rulesetVersion == null || file.rulesetVersion.equals(toVersion)) {
            throw new InvalidValueException("toVersion", "the file is not on another version");
        }
        Preview preview = preview(file, service);
        DerivationView derivation = derive(file, service);
        List<PropertyChange> changes = new ArrayList<>();
        changes.add(new PropertyChange(
                new PropertyPath.RulesetVersion().format(),
                JsonNodeFactory.instance
                        .objectNode()
                        .put("from", file.rulesetVersion)
                        .put("to", toVersion)));
        FileStatus status = file.status;
        if (status.isPartB()) {
            Map<String, JsonNode> values = store.readCurrent(id);
            FileProcess migrated = process(status, values).migrate(graph(service, derivation));
            if (migrated.status() != status) {
                changes.add(new PropertyChange(
                        new PropertyPath.Status().format(),
                        JsonNodeFactory.instance.textNode(migrated.status().name())));
            }
            migrated.steps()
                    .forEach((step, state) -> changes.add(new PropertyChange(
                            new PropertyPath.StepState(step).format(),
                            JsonNodeFactory.instance.textNode(state.name()))));
            values.keySet().forEach(path -> PropertyPath.stepOf(path)
                    .filter(step -> !migrated.steps().containsKey(step))
                    .ifPresent(step -> changes.add(new PropertyChange(path, null))));
        }
        store.appendChanges(id, expectedVersion, changes, caller.actor(), toVersion, CAUSE_MIGRATION);
        snapshots.saveSnapshot(id, toVersion, json.valueToTree(derivation));
        FileRecord migrated = store.findFile(id).orElseThrow();
        migrated.rulesetVersion = toVersion;
        JsonNode newStatus = store.readCurrent(id).get(new PropertyPath.Status().format());
        if (newStatus != null) {
            migrated.status = FileStatus.valueOf(newStatus.asText());
        }
        return preview;
    }

    private Preview preview(FileRecord file, PublishedService service) {
        DerivationView before = snapshots
                .readSnapshot(file.id)
                .map(snapshot -> json.convertValue(snapshot, DerivationView.class))
                .orElseThrow(() -> new IllegalStateException("sent file " + file.id + " has no snapshot"));
        DerivationView after = derive(file, service);
        Map<String, Change> changes = new LinkedHashMap<>();
        for (DerivedSet set : COMPARED) {
            List<String> old = before.sets().getOrDefault(set.key(), List.of());
            List<String> now = after.sets().getOrDefault(set.key(), List.of());
            List<String> appear = minus(now, old);
            List<String> disappear = minus(old, now);
            if (!appear.isEmpty() || !disappear.isEmpty()) {
                changes.put(set.key(), new Change(appear, disappear));
            }
        }
        return new Preview(
                file.id, file.status, file.rulesetVersion, service.ruleSet().version(), changes);
    }

    private DerivationView derive(FileRecord file, PublishedService service) {
        return DerivationView.of(derivations.stateless(
                service.ruleSet(), new FileSchema(service.catalogue()).fileValues(store.readCurrent(file.id))));
    }

    private static FileProcess process(FileStatus status, Map<String, JsonNode> values) {
        Map<String, StepStatus> steps = new LinkedHashMap<>();
        values.forEach((path, value) ->
                PropertyPath.stepOf(path).ifPresent(step -> steps.put(step, StepStatus.valueOf(value.asText()))));
        return new FileProcess(status, null, steps, List.of());
    }

    private static StepGraph graph(PublishedService service, DerivationView derivation) {
        Map<String, List<String>> declared = new LinkedHashMap<>();
        service.catalogue().processingSteps().forEach(step -> declared.put(step.id(), step.after()));
        return StepGraph.of(declared, derivation.sets().get(DerivedSet.PROCESSING_STEPS_APPLICABLE.key()));
    }

    private static List<String> minus(List<String> from, List<String> removed) {
        Set<String> result = new LinkedHashSet<>(from);
        removed.forEach(result::remove);
        return List.copyOf(result);
    }

    private PublishedService service(String serviceId) {
        return services.find(serviceId)
                .orElseThrow(() -> new InvalidValueException("serviceId", "no service '" + serviceId + "'"));
    }

    private static void requireConfigurator(Caller caller) {
        if (!caller.has(Caller.CONFIGURATOR)) {
            throw new AccessDeniedException("only configurators migrate files");
        }
    }
}

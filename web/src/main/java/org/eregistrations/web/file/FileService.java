package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.lifecycle.FileProcess;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.engine.lifecycle.StepGraph;
import org.eregistrations.engine.lifecycle.StepStatus;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.store.BlobStore;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;
import org.eregistrations.web.store.StoredEvent;

/**
 * What can be done with files, checked against who asks: investors create, fill and send their own files; officers
 * decide the steps their roles work; configurators read any file's history and restore it.
 */
@ApplicationScoped
public class FileService {
    static final String CAUSE_LIFECYCLE = "lifecycle";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FileStore store;
    private final FileAccess access;
    private final PublishedServices services;
    private final ObjectMapper json;

    private final BlobStore blobs;
    private final long maxUploadBytes;

    FileService(
            FileStore store,
            FileAccess access,
            PublishedServices services,
            ObjectMapper json,
            BlobStore blobs,
            AppConfig config) {
        this.store = store;
        this.access = access;
        this.services = services;
        this.json = json;
        this.blobs = blobs;
        this.maxUploadBytes = config.maxUploadBytes();
    }

    /** A stored document and what the file says of it. */
    public record Document(Path content, String name, String mediaType) {}

    /**
     * Stores an uploaded document for a requirement upload or a payment receipt: PDF, JPEG or PNG by content, at most
     * the configured size; the event holds its SHA-256, name, type and size.
     */
    @Transactional
    public FileView upload(
            UUID id,
            long expectedVersion,
            String namespace,
            String uploadId,
            Path content,
            String name,
            Caller caller) {
        FileRecord file = editable(id, caller);
        String path = namespace + "." + uploadId;
        DerivedSet asked = namespace.equals("requirementUploads")
                ? DerivedSet.REQUIREMENT_UPLOADS_APPLICABLE
                : DerivedSet.PAYMENT_RECEIPT_UPLOADS_APPLICABLE;
        if (!derive(file).get(asked).contains(uploadId)) {
            throw new InvalidValueException(path, "is not asked of this file (" + asked.key() + ")");
        }
        long size;
        try {
            size = Files.size(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0 || size > maxUploadBytes) {
            throw new InvalidValueException(
                    path, "a document must have between 1 byte and " + maxUploadBytes + " bytes; this one has " + size);
        }
        DocumentType type = DocumentType.of(content)
                .orElseThrow(() -> new InvalidValueException(path, "is not a PDF, JPEG or PNG document"));
        ObjectNode reference = JSON.objectNode()
                .put("sha256", blobs.store(content))
                .put("name", documentName(name, uploadId))
                .put("type", type.mediaType())
                .put("size", size);
        store.appendChanges(
                id,
                expectedVersion,
                List.of(new PropertyChange(path, reference)),
                caller.actor(),
                rulesetVersion(file),
                FileStore.CAUSE_CHANGE);
        return view(store.findFile(id).orElseThrow());
    }

    public Document readDocument(UUID id, String namespace, String uploadId, Caller caller) {
        readable(id, caller);
        JsonNode reference = store.readCurrent(id).get(namespace + "." + uploadId);
        if (reference == null) {
            throw new FileNotFoundException(id);
        }
        Path content = blobs.find(reference.path("sha256").asText())
                .orElseThrow(
                        () -> new IllegalStateException("document " + reference + " is missing from the blob store"));
        return new Document(
                content, reference.path("name").asText(), reference.path("type").asText());
    }

    @Transactional
    public FileView createFile(String serviceId, Caller caller) {
        if (!caller.has(Caller.INVESTOR)) {
            throw new AccessDeniedException("only investors create files");
        }
        if (service(serviceId).retired()) {
            throw new InvalidValueException(
                    "serviceId", "service '" + serviceId + "' is retired and takes no new files");
        }
        return view(store.createFile(serviceId, caller.user()));
    }

    /** A file with the catalogue of the version it is worked with, both read once for a page. */
    public record Opened(FileView file, Catalogue catalogue) {}

    public Opened open(UUID id, Caller caller) {
        FileRecord file = readable(id, caller);
        return new Opened(view(file), serviceOf(file).catalogue());
    }

    /** The caller's own files, newest first. */
    public List<FileRecord> listOwn(Caller caller) {
        return FileRecord.list("ownerId = ?1 order by createdAt desc", caller.user());
    }

    public FileView readFile(UUID id, Caller caller) {
        return view(readable(id, caller));
    }

    public DerivationView readGuide(UUID id, Caller caller) {
        FileRecord file = readable(id, caller);
        return derivation(file, store.readCurrent(id));
    }

    /** Validates every change first: one bad value and nothing of the request is stored. */
    @Transactional
    public FileView changeValues(UUID id, long expectedVersion, Map<String, JsonNode> changes, Caller caller) {
        FileRecord file = editable(id, caller);
        FileSchema schema = new FileSchema(serviceOf(file).catalogue());
        List<InvalidValueException> problems = new ArrayList<>();
        List<PropertyChange> accepted = new ArrayList<>();
        changes.forEach((path, value) -> {
            PropertyChange change = new PropertyChange(path, value);
            try {
                if (change.isRemoval()) {
                    schema.checkWritable(path);
                } else {
                    schema.read(path, change.value());
                }
                accepted.add(change);
            } catch (InvalidValueException e) {
                problems.add(e.at(path));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidChangesException(problems);
        }
        store.appendChanges(
                id, expectedVersion, accepted, caller.actor(), rulesetVersion(file), FileStore.CAUSE_CHANGE);
        return view(store.findFile(id).orElseThrow());
    }

    /** Sends the file: nothing may be missing; it is pinned to its ruleset version with a snapshot of its sets. */
    @Transactional
    public FileView send(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = owned(id, caller);
        PublishedService service = serviceOf(file);
        Derivation derivation =
                service.ruleSet().derive(new FileSchema(service.catalogue()).fileValues(store.readCurrent(id)));
        if (!derivation.isComplete()) {
            throw new NotSendableException(DerivationView.of(derivation).missing());
        }
        FileProcess process = process(file, service.catalogue(), derivation.get(DerivedSet.PROCESSING_STEPS_APPLICABLE))
                .submit(
                        graph(service.catalogue(), derivation.get(DerivedSet.PROCESSING_STEPS_APPLICABLE)),
                        caller.user(),
                        Instant.now());
        store.saveSnapshot(id, derivation.ruleSetVersion(), json.valueToTree(DerivationView.of(derivation)));
        file.rulesetVersion = derivation.ruleSetVersion();
        return record(file, expectedVersion, process, null, caller);
    }

    @Transactional
    public FileView withdraw(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = owned(id, caller);
        return record(file, expectedVersion, current(file).withdraw(caller.user(), Instant.now()), null, caller);
    }

    @Transactional
    public FileView resubmit(UUID id, long expectedVersion, Caller caller) {
        FileRecord file = owned(id, caller);
        FileProcess process = current(file).resubmit(caller.user(), Instant.now());
        Derivation derivation = derive(file);
        if (!derivation.isComplete()) {
            throw new NotSendableException(DerivationView.of(derivation).missing());
        }
        store.saveSnapshot(id, derivation.ruleSetVersion(), json.valueToTree(DerivationView.of(derivation)));
        return record(file, expectedVersion, process, null, caller);
    }

    /** The file's current values derived by the version it is worked with. */
    private Derivation derive(FileRecord file) {
        PublishedService service = serviceOf(file);
        return service.ruleSet().derive(new FileSchema(service.catalogue()).fileValues(store.readCurrent(file.id)));
    }

    /** An officer's decision on a step: {@code approve}, {@code sendBack} or {@code reject}. */
    @Transactional
    public FileView decide(UUID id, long expectedVersion, String step, String decision, String reason, Caller caller) {
        FileRecord file = readable(id, caller);
        ProcessingStep worked = serviceOf(file).catalogue().processingSteps().stream()
                .filter(s -> s.id().equals(step))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("step", "no processing step '" + step + "'"));
        if (!caller.works(worked)) {
            throw new AccessDeniedException("step '" + step + "' is worked by role '" + worked.role() + "'"
                    + (worked.institution() == null ? "" : " at institution '" + worked.institution() + "'"));
        }
        if (!decision.equals("approve") && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", "is required to send a file back or reject it");
        }
        if (reason != null && FileSchema.hasControlCharacters(reason)) {
            throw new InvalidValueException("reason", "must not contain control characters");
        }
        FileProcess process = current(file);
        Instant now = Instant.now();
        FileProcess next =
                switch (decision) {
                    case "approve" -> process.approve(step, caller.user(), now);
                    case "sendBack" -> process.sendBack(step, caller.user(), now, reason);
                    case "reject" -> process.reject(step, caller.user(), now, reason);
                    default -> throw new InvalidValueException("decision", "must be approve, sendBack or reject");
                };
        ObjectNode recorded = JSON.objectNode().put("decision", decision);
        if (reason != null && !reason.isBlank()) {
            recorded.put("reason", reason);
        }
        return record(file, expectedVersion, next, Map.entry("steps." + step + ".decision", recorded), caller);
    }

    /** The name a document is kept under: without folders or control characters, at most 120 characters. */
    static String documentName(String name, String otherwise) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "_")
                .strip();
        return base.isEmpty() ? otherwise : base.length() > 120 ? base.substring(0, 120) : base;
    }

    /** The events of a file; only configurators see the sessions of changes made by other people. */
    public List<StoredEvent> readHistory(UUID id, String path, Caller caller) {
        readable(id, caller);
        List<StoredEvent> events = store.readEvents(id, path);
        if (caller.has(Caller.CONFIGURATOR)) {
            return events;
        }
        return events.stream()
                .map(event -> event.user().equals(caller.user())
                        ? event
                        : new StoredEvent(
                                event.seq(),
                                event.path(),
                                event.value(),
                                event.removed(),
                                event.at(),
                                event.user(),
                                null,
                                event.rulesetVersion(),
                                event.cause()))
                .toList();
    }

    /**
     * The file as it was at a moment: its values then, and what the rules it was on then derive from them (the version
     * its last change before that moment was made under).
     */
    public FileView readAt(UUID id, Instant at, Caller caller) {
        FileRecord file = readable(id, caller);
        Map<String, JsonNode> values = store.readAt(id, at);
        JsonNode status = values.get("status");
        Optional<PublishedService> then =
                store.readRulesetVersionAt(id, at).flatMap(version -> services.findVersion(file.serviceId, version));
        DerivationView derivation = then.map(service -> DerivationView.of(
                        service.ruleSet().derive(new FileSchema(service.catalogue()).fileValues(values))))
                .orElseGet(() -> derivation(file, values));
        return new FileView(
                file.id,
                file.serviceId,
                file.ownerId,
                status == null ? "DRAFT" : status.asText(),
                store.readVersionAt(id, at),
                file.rulesetVersion,
                values,
                derivation,
                steps(values),
                List.of());
    }

    @Transactional
    public FileView restore(UUID id, long expectedVersion, Instant at, Caller caller) {
        FileRecord file = readable(id, caller);
        if (!caller.has(Caller.CONFIGURATOR)) {
            throw new AccessDeniedException("only configurators restore files");
        }
        store.restore(id, expectedVersion, at, caller.actor(), rulesetVersion(file));
        FileRecord restored = store.findFile(id).orElseThrow();
        JsonNode status = store.readCurrent(id).get("status");
        restored.status = status == null ? FileStatus.DRAFT.name() : status.asText();
        if (FileStatus.valueOf(restored.status) == FileStatus.DRAFT) {
            // a draft follows the active version: brought back to before it was sent, it is no longer pinned
            restored.rulesetVersion = null;
        }
        return view(restored);
    }

    private FileView record(
            FileRecord file,
            long expectedVersion,
            FileProcess next,
            Map.Entry<String, JsonNode> decision,
            Caller caller) {
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        changes.put("status", JSON.textNode(next.status().name()));
        next.steps().forEach((step, state) -> changes.put("steps." + step + ".status", JSON.textNode(state.name())));
        Map<String, JsonNode> before = store.readCurrent(file.id);
        List<PropertyChange> events = new ArrayList<>();
        changes.forEach((path, value) -> {
            if (!value.equals(before.get(path))) {
                events.add(new PropertyChange(path, value));
            }
        });
        if (decision != null) {
            events.add(new PropertyChange(decision.getKey(), decision.getValue()));
        }
        store.appendChanges(file.id, expectedVersion, events, caller.actor(), rulesetVersion(file), CAUSE_LIFECYCLE);
        FileRecord stored = store.findFile(file.id).orElseThrow();
        stored.status = next.status().name();
        return view(stored);
    }

    private FileProcess current(FileRecord file) {
        Catalogue catalogue = serviceOf(file).catalogue();
        Map<String, JsonNode> values = store.readCurrent(file.id);
        List<String> applicable = new ArrayList<>(steps(values).keySet());
        return process(file, catalogue, applicable);
    }

    private FileProcess process(FileRecord file, Catalogue catalogue, List<String> applicableSteps) {
        Map<String, StepStatus> steps = new LinkedHashMap<>();
        steps(store.readCurrent(file.id)).forEach((step, state) -> steps.put(step, StepStatus.valueOf(state)));
        FileStatus status = FileStatus.valueOf(file.status);
        return new FileProcess(
                status, status == FileStatus.DRAFT ? null : graph(catalogue, applicableSteps), steps, List.of());
    }

    private static StepGraph graph(Catalogue catalogue, List<String> applicable) {
        Map<String, List<String>> declared = new LinkedHashMap<>();
        catalogue.processingSteps().forEach(step -> declared.put(step.id(), step.after()));
        return StepGraph.of(declared, applicable);
    }

    /** The steps a file has, with the status of each. */
    static Map<String, String> steps(Map<String, JsonNode> values) {
        Map<String, String> steps = new LinkedHashMap<>();
        values.forEach((path, value) -> {
            if (path.startsWith("steps.") && path.endsWith(".status")) {
                steps.put(path.substring("steps.".length(), path.length() - ".status".length()), value.asText());
            }
        });
        return steps;
    }

    private FileView view(FileRecord file) {
        Map<String, JsonNode> values = store.readCurrent(file.id);
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
                file.version,
                file.rulesetVersion,
                values,
                derivation(file, values),
                steps,
                pending);
    }

    /**
     * A draft follows the active version; a sent file is derived by the version it is pinned to (compiled from the
     * database when it is no longer active), or shows its snapshot when that version cannot be had.
     */
    private DerivationView derivation(FileRecord file, Map<String, JsonNode> values) {
        PublishedService service = serviceOf(file);
        if (file.rulesetVersion != null
                && !file.rulesetVersion.equals(service.ruleSet().version())) {
            Optional<JsonNode> snapshot = store.readSnapshot(file.id);
            if (snapshot.isPresent()) {
                return json.convertValue(snapshot.get(), DerivationView.class);
            }
        }
        return DerivationView.of(service.ruleSet().derive(new FileSchema(service.catalogue()).fileValues(values)));
    }

    private String rulesetVersion(FileRecord file) {
        return file.rulesetVersion != null
                ? file.rulesetVersion
                : service(file.serviceId).ruleSet().version();
    }

    private FileRecord readable(UUID id, Caller caller) {
        return access.readable(id, caller);
    }

    private FileRecord owned(UUID id, Caller caller) {
        return access.owned(id, caller);
    }

    private PublishedService serviceOf(FileRecord file) {
        return access.serviceOf(file);
    }

    private PublishedService service(String serviceId) {
        return access.service(serviceId);
    }

    private FileRecord editable(UUID id, Caller caller) {
        FileRecord file = owned(id, caller);
        if (!FileStatus.valueOf(file.status).isEditableByInvestor()) {
            throw new IllegalTransitionException("the file is " + file.status
                    + "; values can be changed only in a draft or a file sent back for corrections");
        }
        return file;
    }
}

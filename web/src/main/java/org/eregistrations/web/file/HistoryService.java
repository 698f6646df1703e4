package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.FileVersions;
import org.eregistrations.web.store.StoredEvent;

/** A file's past: its events, the file as it was at a moment, and a configurator's restore to that moment. */
@ApplicationScoped
public class HistoryService {
    private final FileStore store;
    private final FileVersions fileVersions;
    private final FileAccess access;
    private final FileViews views;
    private final PublishedServices services;

    HistoryService(
            FileStore store,
            FileVersions fileVersions,
            FileAccess access,
            FileViews views,
            PublishedServices services) {
        this.store = store;
        this.fileVersions = fileVersions;
        this.access = access;
        this.views = views;
        this.services = services;
    }

    /**
     * The events of a file; only configurators see the sessions of changes made by other people, and the owner reads
     * them without what is kept among officers ({@link InternalValues}).
     */
    public List<StoredEvent> readHistory(UUID id, String path, Caller caller) {
        FileRecord file = access.readable(id, caller);
        List<StoredEvent> events = store.readEvents(id, path);
        if (file.ownerId.equals(caller.user())) {
            events = InternalValues.shownToOwner(events);
        } else if (caller.has(Caller.CONFIGURATOR)) {
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
        FileRecord file = access.readable(id, caller);
        Map<String, JsonNode> values = store.readAt(id, at);
        JsonNode status = values.get(new PropertyPath.Status().format());
        Optional<PublishedService> then = fileVersions
                .readRulesetVersionAt(id, at)
                .flatMap(version -> services.findVersion(file.serviceId, version));
        DerivationView derivation = then.map(service -> DerivationView.of(views.derive(service, values)))
                .orElseGet(() -> views.derivation(file, values));
        return new FileView(
                file.id,
                file.serviceId,
                file.ownerId,
                status == null ? FileStatus.DRAFT : FileStatus.valueOf(status.asText()),
                fileVersions.readVersionAt(id, at),
                file.rulesetVersion,
                values,
                derivation,
                FileViews.steps(values),
                List.of());
    }

    /** A value a restore would bring back: what it is now and what it was then (null: none). */
    public record RestoredValue(String path, JsonNode now, JsonNode then) {}

    /** What a restore to a moment would append, for a configurator to confirm: each value now and then. */
    public List<RestoredValue> previewRestore(UUID id, Instant at, Caller caller) {
        access.readable(id, caller);
        if (!caller.has(Caller.CONFIGURATOR)) {
            throw new AccessDeniedException("only configurators restore files");
        }
        Map<String, JsonNode> now = store.readCurrent(id);
        return store.restoreChanges(id, at).stream()
                .map(change -> new RestoredValue(change.path(), now.get(change.path()), change.value()))
                .toList();
    }

    @Transactional
    public FileView restore(UUID id, long expectedVersion, Instant at, Caller caller) {
        FileRecord file = access.readable(id, caller);
        if (!caller.has(Caller.CONFIGURATOR)) {
            throw new AccessDeniedException("only configurators restore files");
        }
        store.restore(id, expectedVersion, at, caller.actor(), views.rulesetVersion(file));
        FileRecord restored = store.findFile(id).orElseThrow();
        JsonNode status = store.readCurrent(id).get(new PropertyPath.Status().format());
        restored.status = status == null ? FileStatus.DRAFT : FileStatus.valueOf(status.asText());
        if (restored.status == FileStatus.DRAFT) {
            // a draft follows the active version: brought back to before it was sent, it is no longer pinned
            restored.rulesetVersion = null;
        }
        return views.view(restored);
    }
}

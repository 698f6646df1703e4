package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;

/**
 * Opening and filling in files, checked against who asks: investors create their own files and change their values;
 * whoever may read a file reads it with what the rules derive. Sending and deciding are {@link LifecycleService}'s,
 * documents {@link DocumentService}'s, the past {@link HistoryService}'s.
 */
@ApplicationScoped
public class FileService {
    private final FileStore store;
    private final FileAccess access;
    private final FileViews views;

    FileService(FileStore store, FileAccess access, FileViews views) {
        this.store = store;
        this.access = access;
        this.views = views;
    }

    /** A file with the catalogue of the version it is worked with, both read once for a page. */
    public record Opened(FileView file, Catalogue catalogue) {}

    @Transactional
    public FileView createFile(String serviceId, Caller caller) {
        if (!caller.has(Caller.INVESTOR)) {
            throw new AccessDeniedException("only investors create files");
        }
        if (access.service(serviceId).retired()) {
            throw new InvalidValueException(
                    "serviceId", "service '" + serviceId + "' is retired and takes no new files");
        }
        return views.view(store.createFile(serviceId, caller.user()));
    }

    public Opened open(UUID id, Caller caller) {
        FileRecord file = access.readable(id, caller);
        return new Opened(views.view(file), access.serviceOf(file).catalogue());
    }

    /** The caller's own files, newest first, without the drafts they threw away. */
    public List<FileRecord> listOwn(Caller caller) {
        return FileRecord.list(
                "ownerId = ?1 and status <> ?2 order by createdAt desc", caller.user(), FileStatus.DISCARDED.name());
    }

    public FileView readFile(UUID id, Caller caller) {
        return views.view(access.readable(id, caller));
    }

    public DerivationView readGuide(UUID id, Caller caller) {
        FileRecord file = access.readable(id, caller);
        return views.derivation(file, store.readCurrent(id));
    }

    /** Validates every change first: one bad value and nothing of the request is stored. */
    @Transactional
    public FileView changeValues(UUID id, long expectedVersion, Map<String, JsonNode> changes, Caller caller) {
        FileRecord file = access.editable(id, caller);
        FileSchema schema = new FileSchema(access.serviceOf(file).catalogue());
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
                id, expectedVersion, accepted, caller.actor(), views.rulesetVersion(file), FileStore.CAUSE_CHANGE);
        return views.view(store.findFile(id).orElseThrow());
    }
}

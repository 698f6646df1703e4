package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.store.ConcurrentChangeException;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;

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
    private final FileChanges changes;

    FileService(FileStore store, FileAccess access, FileViews views, FileChanges changes) {
        this.store = store;
        this.access = access;
        this.views = views;
        this.changes = changes;
    }

    /** A file with the catalogue of the version it is worked with, both read once for a page. */
    public record Opened(FileView file, Catalogue catalogue) {
        /** Changes of this file to check one by one, against the catalogue it is worked with. */
        public CheckedChanges changes() {
            return new CheckedChanges(new FileSchema(catalogue));
        }
    }

    @Transactional
    public FileView createFile(String serviceId, Caller caller) {
        if (!caller.has(Caller.INVESTOR)) {
            throw new AccessDeniedException("only investors create files");
        }
        if (access.service(serviceId).retired()) {
            throw new InvalidValueException(
                    "serviceId", "service '" + serviceId + "' is retired and takes no new files");
        }
        FileRecord file = store.createFile(serviceId, caller.user());
        return views.view(file, file.version, Map.of()); // not flushed yet: a new file has no values
    }

    public Opened open(UUID id, Caller caller) {
        FileRecord file = access.readable(id, caller);
        return new Opened(views.view(file), access.serviceOf(file).catalogue());
    }

    /** The caller's own files, newest first, without the drafts they threw away. */
    public List<FileRecord> listOwn(Caller caller) {
        return FileRecord.list(
                "ownerId = ?1 and status <> ?2 order by createdAt desc", caller.user(), FileStatus.DISCARDED);
    }

    public FileView readFile(UUID id, Caller caller) {
        return views.view(access.readable(id, caller));
    }

    public DerivationView readGuide(UUID id, Caller caller) {
        return views.view(access.readable(id, caller)).derivation();
    }

    /** Validates every change first: one bad value and nothing of the request is stored. One pass, one transaction. */
    public FileView changeValues(UUID id, long expectedVersion, Map<String, JsonNode> values, Caller caller) {
        return changes.changeValues(id, expectedVersion, values, caller);
    }

    /**
     * A page's change of the caller's own file in one pass: the page reads its form against the file before, the
     * change is appended and derived; {@code seen} is the version the page showed, if it says.
     */
    public PageChange.Result changeFile(UUID id, OptionalLong seen, Caller caller, PageChange.Reader reader) {
        // the pass holds the file's row, so no one writes in between; this is for a write that still finds the file
        // changed (the version moved in a way the lock does not see): tried again on the fresh version, then told
        for (int attempt = 1; ; attempt++) {
            try {
                return changes.change(id, seen, caller, reader);
            } catch (ConcurrentChangeException e) {
                if (attempt == 3) {
                    Opened now = open(id, caller);
                    return new PageChange.Result(now, now, PageChange.Outcome.CONFLICT);
                }
            }
        }
    }
}

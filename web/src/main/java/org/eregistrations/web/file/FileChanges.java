package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.PageChange.Outcome;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.FileVersions;
import org.eregistrations.web.store.FileVersions.Earlier;
import org.eregistrations.web.store.LockedFile;
import org.eregistrations.web.store.PropertyChange;

/**
 * A change of a file's values in one pass and one transaction: the file's row is read and locked, its values read
 * once, the changes checked once, appended, and the new values derived once by the file's live session; what is
 * returned is what was derived, never read again. The row lock orders concurrent writers of one file, so a change is
 * never refused for a write that happened between this pass's read and its append.
 */
@ApplicationScoped
class FileChanges {
    private final FileStore store;
    private final FileVersions versions;
    private final FileAccess access;
    private final FileViews views;
    private final LiveSessions sessions;
    private final TransactionSynchronizationRegistry transactions;

    FileChanges(
            FileStore store,
            FileVersions versions,
            FileAccess access,
            FileViews views,
            LiveSessions sessions,
            TransactionSynchronizationRegistry transactions) {
        this.store = store;
        this.versions = versions;
        this.access = access;
        this.views = views;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    /** The API's change: on exactly the version the client names, every value checked first. */
    @Transactional
    FileView changeValues(UUID id, long expectedVersion, Map<String, JsonNode> values, Caller caller) {
        LockedFile locked = access.ownedForUpdate(id, caller);
        FileRecord file = FileAccess.checkEditable(locked.file());
        CheckedChanges changes =
                new CheckedChanges(new FileSchema(access.serviceOf(file).catalogue()));
        List<InvalidValueException> problems = new ArrayList<>();
        values.forEach((path, value) -> {
            try {
                if (value == null || value.isNull()) {
                    changes.remove(path);
                } else {
                    changes.set(path, value);
                }
            } catch (InvalidValueException e) {
                problems.add(e.at(path));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidChangesException(problems);
        }
        Corrections.of(access.serviceOf(file).catalogue(), file.status, locked.values())
                .check(changes.paths());
        if (file.version != expectedVersion) {
            throw store.stale(expectedVersion, file.version);
        }
        return append(file, locked.values(), changes, caller);
    }

    /**
     * A page's change. {@code seen} is the version the page showed (none: the current one); when the file changed since,
     * the post is compared with what the page showed, and stored on top of the other changes unless it changes one of
     * the same properties (then nothing is stored: {@link Outcome#CONFLICT}).
     */
    @Transactional
    PageChange.Result change(UUID id, OptionalLong seen, Caller caller, PageChange.Reader reader) {
        LockedFile locked = access.ownedForUpdate(id, caller);
        FileRecord file = locked.file();
        Map<String, JsonNode> values = locked.values();
        long version = file.version;
        if (seen.isPresent() && (seen.getAsLong() < 0 || seen.getAsLong() > version)) {
            throw new InvalidValueException("_version", "is not a version of this file");
        }
        Opened before = opened(file, views.view(file, version, values));
        Set<String> changedSince = Set.of();
        Map<String, JsonNode> shown = values;
        if (seen.isPresent() && seen.getAsLong() < version) {
            Earlier earlier = versions.readEarlier(id, seen.getAsLong());
            changedSince = earlier.changed();
            shown = new TreeMap<>(values);
            shown.keySet().removeAll(changedSince);
            shown.putAll(earlier.values());
        }
        CheckedChanges changes = reader.read(before, Collections.unmodifiableMap(shown));
        if (changes.isEmpty()) {
            return new PageChange.Result(before, before, Outcome.UNCHANGED);
        }
        if (!Collections.disjoint(changes.paths(), changedSince)) {
            return new PageChange.Result(before, before, Outcome.CONFLICT);
        }
        FileAccess.checkEditable(file);
        Corrections.of(before.catalogue(), file.status, values).check(changes.paths());
        Opened after = opened(file, append(file, values, changes, caller));
        return new PageChange.Result(before, after, changedSince.isEmpty() ? Outcome.SAVED : Outcome.MERGED);
    }

    /** Appends the changes at the file's version and derives the values they make. */
    private FileView append(FileRecord file, Map<String, JsonNode> values, CheckedChanges changes, Caller caller) {
        List<PropertyChange> events = new ArrayList<>();
        Map<String, JsonNode> after = new TreeMap<>(values);
        changes.asMap().forEach((path, value) -> {
            events.add(new PropertyChange(path, value));
            if (value == null) {
                after.remove(path);
            } else {
                after.put(path, value);
            }
        });
        String rulesetVersion = views.rulesetVersion(file);
        long version = store.appendChanges(file, events, caller.actor(), rulesetVersion, FileStore.CAUSE_CHANGE);
        forgetUnlessCommitted(file.id);
        return views.view(file, version, after);
    }

    /** The live session learns the new version before the commit; if the commit does not come, it must unlearn it. */
    private void forgetUnlessCommitted(UUID file) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    sessions.forget(file);
                }
            }
        });
    }

    private Opened opened(FileRecord file, FileView view) {
        Catalogue catalogue = access.serviceOf(file).catalogue();
        return new Opened(view, catalogue);
    }
}

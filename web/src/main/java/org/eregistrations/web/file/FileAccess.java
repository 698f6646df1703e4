package org.eregistrations.web.file;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.store.FileReads;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.LockedFile;

/**
 * Who may read a file, checked before anything else about a request: its owner, a configurator, and an officer who
 * works one of the processing steps of the file once it is sent ({@link Caller#works}); a discarded draft only a
 * configurator. Anyone else is told that the
 * file does not exist, whatever its state and whatever they asked, so an id reveals nothing.
 */
@ApplicationScoped
class FileAccess {
    private final FileStore store;
    private final FileReads reads;
    private final PublishedServices services;

    FileAccess(FileStore store, FileReads reads, PublishedServices services) {
        this.store = store;
        this.reads = reads;
        this.services = services;
    }

    FileRecord readable(UUID id, Caller caller) {
        FileRecord file = store.findFile(id).orElseThrow(() -> new FileNotFoundException(id));
        if (caller.has(Caller.CONFIGURATOR)) {
            return file; // every file, a discarded draft too: its history is theirs to read
        }
        if (discarded(file) || (!file.ownerId.equals(caller.user()) && !worksOn(file, caller))) {
            throw new FileNotFoundException(id);
        }
        return file;
    }

    FileRecord owned(UUID id, Caller caller) {
        return own(store.findFile(id), id, caller);
    }

    /** The caller's own file and its values, its row locked until the transaction ends, for a change in one pass. */
    LockedFile ownedForUpdate(UUID id, Caller caller) {
        LockedFile locked = reads.readForUpdate(id).orElseThrow(() -> new FileNotFoundException(id));
        own(Optional.of(locked.file()), id, caller);
        return locked;
    }

    private static FileRecord own(Optional<FileRecord> found, UUID id, Caller caller) {
        FileRecord file = found.orElseThrow(() -> new FileNotFoundException(id));
        if (!file.ownerId.equals(caller.user()) || discarded(file)) {
            throw new FileNotFoundException(id);
        }
        return file;
    }

    /** A draft its investor threw away: gone for them, as for anyone who is not a configurator. */
    private static boolean discarded(FileRecord file) {
        return file.status == FileStatus.DISCARDED;
    }

    /** The caller's own file while its values may be changed: a draft or a file sent back for corrections. */
    FileRecord editable(UUID id, Caller caller) {
        return checkEditable(owned(id, caller));
    }

    /** The file, if its values may be changed now. */
    static FileRecord checkEditable(FileRecord file) {
        if (!file.status.isEditableByInvestor()) {
            throw new IllegalTransitionException("the file is " + file.status
                    + "; values can be changed only in a draft or a file sent back for corrections");
        }
        return file;
    }

    /** An officer's part of a sent file: one of the steps the file has is theirs. Drafts are the investor's alone. */
    private boolean worksOn(FileRecord file, Caller caller) {
        if ((!caller.has(Caller.OFFICER) && !caller.has(Caller.SUPERVISOR)) || file.status == FileStatus.DRAFT) {
            return false;
        }
        Set<String> steps = FileViews.steps(store.readCurrent(file.id)).keySet();
        return serviceOf(file).catalogue().processingSteps().stream()
                .anyMatch(step -> steps.contains(step.id()) && caller.oversees(step));
    }

    /** The version a file is worked with: the one it is pinned to once sent, else the active one. */
    PublishedService serviceOf(FileRecord file) {
        if (file.rulesetVersion != null) {
            Optional<PublishedService> pinned = services.findVersion(file.serviceId, file.rulesetVersion);
            if (pinned.isPresent()) {
                return pinned.get();
            }
        }
        return service(file.serviceId);
    }

    PublishedService service(String serviceId) {
        if (serviceId == null || serviceId.isBlank()) {
            throw new InvalidValueException("serviceId", "is required");
        }
        return services.find(serviceId)
                .orElseThrow(() -> new InvalidValueException("serviceId", "no published service '" + serviceId + "'"));
    }
}

package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNotFoundException;
import org.eregistrations.web.file.FileService;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.site.PageConflictException;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.ConcurrentChangeException;

/**
 * The visitor's own files as the investor's pages work them: a file that is not the visitor's is a page that does
 * not exist, and changes are stored with the file's version, read again when someone else wrote in between.
 */
@ApplicationScoped
class OwnFiles {
    private final FileService files;
    private final Visit visit;

    OwnFiles(FileService files, Visit visit) {
        this.files = files;
        this.visit = visit;
    }

    /** The visitor's file with the catalogue of its version. */
    Opened open(UUID id) {
        Caller caller = visit.caller();
        Opened opened = call(() -> files.open(id, caller));
        if (!opened.file().owner().equals(caller.user())) {
            throw new PageNotFoundException(); // the investor pages are the owner's; officers work files in Part B
        }
        return opened;
    }

    /**
     * Stores changes with the file's version; when someone else wrote in between, reads the version again. False when
     * the file still changed elsewhere at the last attempt: then nothing of the changes is stored.
     */
    boolean save(Opened opened, Map<String, JsonNode> changes) {
        if (changes.isEmpty()) {
            return true;
        }
        Caller caller = visit.caller();
        long version = opened.file().version();
        for (int attempt = 0; ; attempt++) {
            long expected = version;
            try {
                call(() -> files.changeValues(opened.file().id(), expected, changes, caller));
                return true;
            } catch (ConcurrentChangeException e) {
                if (attempt == 2) {
                    return false;
                }
                version = files.open(opened.file().id(), caller).file().version();
            }
        }
    }

    /** Runs a file operation; a file that is not the visitor's is a page that does not exist. */
    static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (FileNotFoundException e) {
            throw new PageNotFoundException();
        } catch (IllegalTransitionException e) {
            throw new PageConflictException(e.getMessage());
        }
    }
}

package org.eregistrations.web.parta;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileNotFoundException;
import org.eregistrations.web.file.FileService;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.InvalidValueException;
import org.eregistrations.web.file.PageChange;
import org.eregistrations.web.site.MalformedFormException;
import org.eregistrations.web.site.PageConflictException;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Visit;

/**
 * The visitor's own files as the investor's pages work them: a file that is not the visitor's is a page that does
 * not exist, and a change is one pass of {@link FileService#changeFile}.
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
     * Changes the visitor's file in one pass (read, check, append, derive): the reader turns the posted form into
     * changes against the file before; {@code seen} is the version the page showed, if the form says.
     */
    PageChange.Result change(UUID id, OptionalLong seen, PageChange.Reader reader) {
        Caller caller = visit.caller();
        try {
            return call(() -> files.changeFile(id, seen, caller, reader));
        } catch (InvalidValueException e) {
            throw new MalformedFormException(e.getMessage()); // a version no page of the file showed
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

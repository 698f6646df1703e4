package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.eregistrations.web.file.FileService.Opened;

/**
 * A change a page makes from its posted form, in one pass: the page reads its form against the file as it was, the
 * service appends and derives, and the page renders what comes back.
 */
public final class PageChange {
    private PageChange() {}

    /**
     * Reads a posted form into changes: {@code before} is the file now (what the page's fields and derived parts come
     * from), {@code seen} the values the posting page showed — those of the version it names, which the post is compared
     * with, so that what another tab changed meanwhile is not written back.
     */
    @FunctionalInterface
    public interface Reader {
        CheckedChanges read(Opened before, Map<String, JsonNode> seen);
    }

    /** How a change ended. */
    public enum Outcome {
        /** The post changed nothing. */
        UNCHANGED,
        /** Stored on the version the page showed. */
        SAVED,
        /** The file changed elsewhere since the page showed it, in other properties: stored on top of that. */
        MERGED,
        /** The file changed elsewhere in a property the post changes too: nothing stored. */
        CONFLICT
    }

    /** The file before and after the change (the same when nothing was stored), and how it ended. */
    public record Result(Opened before, Opened after, Outcome outcome) {
        public boolean conflict() {
            return outcome == Outcome.CONFLICT;
        }
    }
}

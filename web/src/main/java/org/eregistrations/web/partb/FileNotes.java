package org.eregistrations.web.partb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.file.ValueLimits;

/**
 * Notes between the officers of a file ({@code file_note}, V11): internal, never shown to the investor nor in the
 * JSON API of files; each note is kept as written, with its author and time.
 */
@ApplicationScoped
class FileNotes {
    /** The longest note an officer writes. */
    static final int LONGEST = 4000;

    private final Sql sql;

    FileNotes(Sql sql) {
        this.sql = sql;
    }

    /** A note as written. */
    record Note(String author, Instant writtenAt, String text) {}

    List<Note> of(UUID file) {
        return sql.list(
                "select author, written_at, text from file_note where file_id = ? order by id",
                row -> new Note(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)),
                file);
    }

    /** Whether a text can be a note: not blank, at most {@link #LONGEST} characters, no control characters. */
    static boolean acceptable(String text) {
        return text != null
                && !text.isBlank()
                && text.strip().length() <= LONGEST
                && !ValueLimits.hasControlCharacters(text);
    }

    @Transactional
    void add(UUID file, String author, String text) {
        if (!acceptable(text)) {
            throw new IllegalArgumentException("not a note: blank, too long or with control characters");
        }
        sql.update(
                "insert into file_note (file_id, author, written_at, text) values (?, ?, ?, ?)",
                file,
                author,
                Instant.now(),
                text.strip());
    }
}

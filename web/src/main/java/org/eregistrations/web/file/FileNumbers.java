package org.eregistrations.web.file;

import java.time.OffsetDateTime;
import org.eregistrations.web.store.FileRecord;

/** The number of a file as people read it: the year it was started and its number, e.g. {@code 2026-000042}. */
public final class FileNumbers {
    private FileNumbers() {}

    public static String of(FileRecord file) {
        return format(file.number, file.createdAt);
    }

    static String format(long number, OffsetDateTime created) {
        return String.format("%d-%06d", created.getYear(), number);
    }
}

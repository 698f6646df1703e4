package org.eregistrations.web.file;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.store.FileRecord;

/** The number of a file as people read it: the year it was started and its number, e.g. {@code 2026-000042}. */
public final class FileNumbers {
    private FileNumbers() {}

    private static final Pattern NAMED = Pattern.compile("(?:\\d{4}-)?0*(\\d{1,18})");

    /** The file number a text names ({@code 2026-000042} or {@code 42}), if it names one. */
    public static Optional<Long> named(String text) {
        Matcher number = NAMED.matcher(text);
        return number.matches() ? Optional.of(Long.parseLong(number.group(1))) : Optional.empty();
    }

    public static String of(FileRecord file) {
        return format(file.number, file.createdAt);
    }

    static String format(long number, OffsetDateTime created) {
        return String.format("%d-%06d", created.getYear(), number);
    }
}

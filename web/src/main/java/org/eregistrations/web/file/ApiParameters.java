package org.eregistrations.web.file;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Query and body parameters of the files API that are more than a value: a moment, a property path. */
final class ApiParameters {
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private ApiParameters() {}

    /** A moment within the years 1 to 9999 (the database keeps microseconds of a narrower range than Java). */
    static Instant moment(String at) {
        Instant moment;
        try {
            moment = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidChangesException(List.of(
                    new InvalidValueException("at", "is not an ISO instant such as 2026-11-22T10:15:30.123456Z")));
        }
        if (moment.isBefore(EARLIEST) || moment.isAfter(LATEST)) {
            throw new InvalidChangesException(
                    List.of(new InvalidValueException("at", "must be between the years 1 and 9999")));
        }
        return moment;
    }

    /** The path of a history query, as the file stores it; a text that names no property path is a 400. */
    static String propertyPath(String path) {
        if (path == null) {
            return null;
        }
        try {
            return PropertyPath.parse(path).format();
        } catch (InvalidValueException e) {
            throw new InvalidChangesException(
                    List.of(new InvalidValueException("path", "is not a property path of a file")));
        }
    }
}

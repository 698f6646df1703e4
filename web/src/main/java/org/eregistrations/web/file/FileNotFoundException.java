package org.eregistrations.web.file;

import java.util.UUID;

/** No such file, or not one the caller may see (both answer 404, so ids of others' files reveal nothing). */
public class FileNotFoundException extends RuntimeException {
    public FileNotFoundException(UUID id) {
        super("no file " + id);
    }
}

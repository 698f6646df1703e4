package org.eregistrations.web.file;

/** The caller may not see or do this with the file. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}

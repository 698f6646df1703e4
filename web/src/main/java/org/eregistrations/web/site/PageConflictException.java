package org.eregistrations.web.site;

/** The file cannot be changed in its state (e.g. it was sent): the page says so and nothing is stored. */
public class PageConflictException extends RuntimeException {
    public PageConflictException(String message) {
        super(message, null, false, false);
    }
}

package org.eregistrations.web.site;

/** A posted form no page of the site sends (e.g. a hidden field that was tampered with): 400, nothing stored. */
public class MalformedFormException extends RuntimeException {
    public MalformedFormException(String message) {
        super(message, null, false, false);
    }
}

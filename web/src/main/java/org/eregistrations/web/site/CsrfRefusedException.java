package org.eregistrations.web.site;

/** A form arrived without this visitor's CSRF token: nothing of it is done. */
public class CsrfRefusedException extends RuntimeException {
    public CsrfRefusedException() {
        super("the form's security token is missing or does not match", null, false, false);
    }
}

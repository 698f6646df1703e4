package org.eregistrations.web.site;

/**
 * A form arrived from a page the visitor was logged in on, but that login session has ended (idle too long, logged out
 * elsewhere): nothing of it is done here, and what was posted goes back to the visitor to log in again with.
 */
public class SessionEndedException extends RuntimeException {
    public SessionEndedException() {
        super("the login session of this form has ended", null, false, false);
    }
}

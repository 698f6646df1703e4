package org.eregistrations.web.site;

import java.util.Optional;
import java.util.UUID;

/**
 * The login sessions a visit is recognised by; the {@code account} feature provides them, so the shell every page
 * shares does not depend on the account pages that use it.
 */
public interface Logins {
    /** The live login session whose cookie carries this value; empty for no, an unknown or an expired cookie. */
    Optional<Login> find(String cookieValue);

    void end(UUID sessionId);

    /** Whether the cookies of a visit are sent only over HTTPS. */
    boolean secureCookies();
}

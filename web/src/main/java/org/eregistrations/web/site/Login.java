package org.eregistrations.web.site;

import java.util.Set;
import java.util.UUID;

/** A visitor's login session as the pages see it: who is logged in, with which roles, and the session's CSRF token. */
public record Login(
        UUID sessionId, String username, String displayName, Set<String> roles, String institution, String csrfToken) {
    public Login {
        roles = Set.copyOf(roles);
    }
}

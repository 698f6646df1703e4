package org.eregistrations.web.file;

import java.util.Set;

/** The authenticated user making a request, with their roles and the session the request came through. */
public record Caller(String user, String session, Set<String> roles) {
    public static final String INVESTOR = "investor";
    public static final String OFFICER = "officer";
    public static final String CONFIGURATOR = "configurator";
    /** Attribute of an authenticated API identity: the login session its changes are recorded with. */
    public static final String SESSION_ATTRIBUTE = "eregistrations.session";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public Actor actor() {
        return new Actor(user, session);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}

package org.eregistrations.web.store;

import java.util.Objects;

/** Who makes a change: the user, and the login session or server process it came through. */
public record Actor(String user, String session) {
    public Actor {
        Objects.requireNonNull(user, "user must not be null");
        Objects.requireNonNull(session, "session must not be null");
    }
}

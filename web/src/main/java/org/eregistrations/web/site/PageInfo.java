package org.eregistrations.web.site;

import java.util.List;

/** What the shared layout needs on every page. */
public record PageInfo(String lang, String user, List<String> roles, String csrf, String path) {
    public boolean loggedIn() {
        return user != null;
    }

    public boolean investor() {
        return roles.contains("investor");
    }

    /** Whether the visitor works or oversees files of Part B (the officers' and supervisors' "My work"). */
    public boolean officer() {
        return roles.contains("officer") || roles.contains("supervisor");
    }

    /** Whether the visitor oversees steps of Part B (the files waiting at them). */
    public boolean supervisor() {
        return roles.contains("supervisor");
    }

    /** Whether the visitor configures the services (the configuration pages). */
    public boolean configurator() {
        return roles.contains("configurator");
    }

    /** Whether the visitor reads the statistics of Part B (statisticians and supervisors). */
    public boolean statistics() {
        return roles.contains("statistics") || roles.contains("supervisor");
    }

    /** Whether the visitor administers the users. */
    public boolean userAdmin() {
        return roles.contains("userAdmin");
    }
}

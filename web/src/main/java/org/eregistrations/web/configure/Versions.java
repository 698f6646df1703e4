package org.eregistrations.web.configure;

import java.util.UUID;
import java.util.regex.Pattern;
import org.eregistrations.web.site.PageNotFoundException;

/** Names in the configuration pages' addresses: a service id or a version, as bundles name them, and ids. */
final class Versions {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private Versions() {}

    static boolean named(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** An id in an address (an attempt, a run, a file); an address with anything else names no page. */
    static UUID idOrNotFound(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PageNotFoundException();
        }
    }

    /** The first twelve characters of a version, as the pages show it. */
    static String shortened(String version) {
        return version == null ? "" : version.substring(0, Math.min(12, version.length()));
    }
}

package org.eregistrations.web.configure;

import java.util.regex.Pattern;

/** Names in the configuration pages' addresses: a service id or a version, as bundles name them. */
final class Versions {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private Versions() {}

    static boolean named(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The first twelve characters of a version, as the pages show it. */
    static String shortened(String version) {
        return version == null ? "" : version.substring(0, Math.min(12, version.length()));
    }
}

package org.eregistrations.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the application; each key can also be given as an environment variable. */
@ConfigMapping(prefix = "eregistrations")
public interface AppConfig {
    /** Folder of rule bundles the instance serves, one sub-folder per service. */
    @WithDefault("rules")
    String rulesDir();

    /** How often the rules folder is checked for edited bundles, in milliseconds; 0 turns the watch off. */
    @WithDefault("2000")
    long watchIntervalMillis();

    /**
     * Folder of uploaded documents by their SHA-256: this node's cache of those in the database, or with
     * {@code eregistrations.documents.storage=folder} the documents themselves (a folder every node shares).
     */
    @WithDefault("data/blobs")
    String blobDir();

    /**
     * Folder under which a bundle is unpacked while it is compiled and tested, one new folder per attempt, removed when
     * the attempt ends; unset: the system's temporary folder.
     */
    Optional<String> bundleWorkDir();

    /**
     * How long the compile and scenarios of one activation attempt (upload, folder watch, start-up) may take; a longer
     * one is refused and the active version keeps serving.
     */
    @WithDefault("60s")
    Duration attemptTimeout();

    /** Largest request body other than a document upload or a bundle zip (JSON, forms), in bytes. */
    @WithDefault("1048576")
    long maxRequestBytes();

    /** Largest document an investor may upload, in bytes. */
    @WithDefault("10485760")
    long maxUploadBytes();

    /**
     * The data folder of the embedded PostgreSQL the application's main started (the default run, without
     * {@code DB_URL}); set by the main itself, unset with a database of one's own.
     */
    Optional<String> embeddedDatabase();

    /** The time zone of the dates pages show (e.g. {@code America/El_Salvador}); unset: the machine's. */
    Optional<String> timeZone();
}

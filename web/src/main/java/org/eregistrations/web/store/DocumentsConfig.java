package org.eregistrations.web.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where uploaded documents and issued certificates are kept (the folder itself is {@code eregistrations.blob-dir}). */
@ConfigMapping(prefix = "eregistrations.documents")
public interface DocumentsConfig {
    /**
     * {@code database}: in PostgreSQL, which every node reads, the blob folder being this node's cache of them;
     * {@code folder}: in the blob folder only, which must then be shared by every node (a network mount).
     */
    @WithDefault("database")
    Storage storage();

    /** The two places documents can be kept. */
    enum Storage {
        DATABASE,
        FOLDER
    }
}

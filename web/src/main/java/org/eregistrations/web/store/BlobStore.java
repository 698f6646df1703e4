package org.eregistrations.web.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.store.DocumentsConfig.Storage;

/**
 * Uploaded documents and issued certificates, stored once each under their SHA-256; events hold only the hash. By
 * default in PostgreSQL (every node reads them), the blob folder being this node's cache: a content never changes
 * under its hash, so a cached copy is never stale. As a setting, in the blob folder alone, shared by every node.
 */
@ApplicationScoped
public class BlobStore {
    private final BlobFolder folder;
    private final DatabaseBlobs database;
    private final boolean inDatabase;
    private final MeterRegistry metrics;

    BlobStore(AppConfig config, DocumentsConfig documents, DatabaseBlobs database, MeterRegistry metrics) {
        this.metrics = metrics;
        this.folder = new BlobFolder(Path.of(config.blobDir()));
        this.database = database;
        this.inDatabase = documents.storage() == Storage.DATABASE;
    }

    /** Stores the content and returns its SHA-256; the same content is stored once. */
    public String store(Path upload) {
        String hash = BlobFolder.sha256(upload);
        boolean stored;
        if (inDatabase) {
            stored = database.insert(hash, upload);
        } else {
            stored = folder.find(hash).isEmpty();
            folder.put(hash, upload);
        }
        Counter.builder("eregistrations.documents.stored")
                .description("Documents stored (new) or found stored already under their SHA-256 (duplicate)")
                .tag("outcome", stored ? "new" : "duplicate")
                .register(metrics)
                .increment();
        return hash;
    }

    /** The content stored under a hash, as a file of this node (read from the database into the cache when needed). */
    public Optional<Path> find(String hash) {
        if (!BlobFolder.SHA256.matcher(hash).matches()) {
            return Optional.empty();
        }
        Optional<Path> here = folder.find(hash);
        if (here.isPresent() || !inDatabase) {
            return here;
        }
        return database.read(hash, content -> folder.put(hash, content));
    }
}

package org.eregistrations.web.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.store.DocumentsConfig.Storage;
import org.jboss.logging.Logger;

/**
 * At start with documents in the database: copies the documents that an install before it kept only in the blob
 * folder into the database, so that every node reads them; then leaves a mark in the folder, so later starts skip the
 * walk. Documents kept in the folder alone (the setting {@code folder}) remove the mark: a later switch back walks
 * again.
 */
@ApplicationScoped
class BlobMigration {
    private static final Logger LOG = Logger.getLogger(BlobMigration.class);
    static final String MARK = ".in-database";

    private final BlobFolder folder;
    private final DatabaseBlobs database;
    private final boolean inDatabase;

    BlobMigration(AppConfig config, DocumentsConfig documents, DatabaseBlobs database) {
        this.folder = new BlobFolder(Path.of(config.blobDir()));
        this.database = database;
        this.inDatabase = documents.storage() == Storage.DATABASE;
    }

    void migrate(@Observes StartupEvent event) {
        Path mark = folder.root().resolve(MARK);
        try {
            if (!inDatabase) {
                Files.deleteIfExists(mark);
            } else if (!Files.exists(mark) && Files.isDirectory(folder.root())) {
                int copied = copyIntoDatabase();
                Files.writeString(mark, "documents of this folder are in the table document_blob\n");
                LOG.infof("documents: %d of the folder %s copied into the database", copied, folder.root());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int copyIntoDatabase() {
        int copied = 0;
        for (Path file : folder.contents().toList()) {
            String hash = file.getFileName().toString();
            if (database.exists(hash)) {
                continue;
            }
            if (!BlobFolder.sha256(file).equals(hash)) {
                LOG.warnf("documents: %s does not hold what its name says, left out of the database", file);
                continue;
            }
            if (database.insert(hash, file)) {
                copied++;
            }
        }
        return copied;
    }
}

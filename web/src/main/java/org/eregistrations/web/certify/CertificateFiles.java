package org.eregistrations.web.certify;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eregistrations.web.store.BlobStore;

/** The PDFs of issued certificates, kept in the blob store by their SHA-256 like every document of a file. */
@ApplicationScoped
class CertificateFiles {
    private final BlobStore blobs;

    CertificateFiles(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Stores a PDF and returns its SHA-256. */
    String store(byte[] pdf) {
        try {
            Path file = Files.createTempFile("certificate", ".pdf");
            try {
                Files.write(file, pdf);
                return blobs.store(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path read(String sha256) {
        return blobs.find(sha256)
                .orElseThrow(() ->
                        new IllegalStateException("certificate PDF " + sha256 + " is missing from the blob store"));
    }
}

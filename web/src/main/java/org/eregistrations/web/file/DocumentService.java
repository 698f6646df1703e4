package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.store.BlobStore;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;

/** The documents of a file: requirement uploads and payment receipts, stored by content in the blob store. */
@ApplicationScoped
public class DocumentService {
    private static final int MAX_NAME_LENGTH = 120;

    private final FileStore store;
    private final FileAccess access;
    private final FileViews views;
    private final BlobStore blobs;
    private final long maxUploadBytes;

    DocumentService(FileStore store, FileAccess access, FileViews views, BlobStore blobs, AppConfig config) {
        this.store = store;
        this.access = access;
        this.views = views;
        this.blobs = blobs;
        this.maxUploadBytes = config.maxUploadBytes();
    }

    /** A stored document and what the file says of it. */
    public record Document(Path content, String name, String mediaType) {}

    /**
     * Stores an uploaded document for a requirement upload or a payment receipt: PDF, JPEG or PNG by content, at most
     * the configured size; the event holds its SHA-256, name, type and size.
     */
    @Transactional
    public FileView upload(
            UUID id,
            long expectedVersion,
            String namespace,
            String uploadId,
            Path content,
            String name,
            Caller caller) {
        FileRecord file = access.editable(id, caller);
        String path = namespace + "." + uploadId;
        DerivedSet asked = namespace.equals("requirementUploads")
                ? DerivedSet.REQUIREMENT_UPLOADS_APPLICABLE
                : DerivedSet.PAYMENT_RECEIPT_UPLOADS_APPLICABLE;
        Corrections.of(access.serviceOf(file).catalogue(), file.status, store.readCurrent(id))
                .check(List.of(path));
        if (!views.derive(file).get(asked).contains(uploadId)) {
            throw new InvalidValueException(path, "is not asked of this file (" + asked.key() + ")");
        }
        long size = sizeOf(content);
        if (size == 0 || size > maxUploadBytes) {
            throw new InvalidValueException(
                    path, "a document must have between 1 byte and " + maxUploadBytes + " bytes; this one has " + size);
        }
        DocumentType type = DocumentType.of(content)
                .orElseThrow(() -> new InvalidValueException(path, "is not a PDF, JPEG or PNG document"));
        ObjectNode reference = JsonNodeFactory.instance
                .objectNode()
                .put("sha256", blobs.store(content))
                .put("name", documentName(name, uploadId))
                .put("type", type.mediaType())
                .put("size", size);
        store.appendChanges(
                id,
                expectedVersion,
                List.of(new PropertyChange(path, reference)),
                caller.actor(),
                views.rulesetVersion(file),
                FileStore.CAUSE_CHANGE);
        return views.view(store.findFile(id).orElseThrow());
    }

    public Document readDocument(UUID id, String namespace, String uploadId, Caller caller) {
        access.readable(id, caller);
        JsonNode reference = store.readCurrent(id).get(namespace + "." + uploadId);
        if (reference == null) {
            throw new FileNotFoundException(id);
        }
        Path content = blobs.find(reference.path("sha256").asText())
                .orElseThrow(
                        () -> new IllegalStateException("document " + reference + " is missing from the blob store"));
        return new Document(
                content, reference.path("name").asText(), reference.path("type").asText());
    }

    /** The name a document is kept under: without folders or control characters, at most 120 characters. */
    static String documentName(String name, String otherwise) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "_")
                .strip();
        return base.isEmpty() ? otherwise : base.length() > MAX_NAME_LENGTH ? base.substring(0, MAX_NAME_LENGTH) : base;
    }

    private static long sizeOf(Path content) {
        try {
            return Files.size(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.eregistrations.web.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eregistrations.web.AppConfig;

/** Uploaded documents, stored once each under their SHA-256 in a folder; events hold only the hash. */
@ApplicationScoped
public class BlobStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final Path root;

    BlobStore(AppConfig config) {
        this.root = Path.of(config.blobDir());
    }

    /** Stores the content and returns its SHA-256; the same content is stored once. */
    public String store(Path upload) {
        try {
            Files.createDirectories(root);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(upload), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = path(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), hash, ".part");
                Files.copy(upload, temporary, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public Optional<Path> find(String hash) {
        if (!SHA256.matcher(hash).matches()) {
            return Optional.empty();
        }
        Path path = path(hash);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    private Path path(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }
}

package org.eregistrations.web.store;

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
import java.util.stream.Stream;

/** A folder of contents, each under {@code <first two hex digits>/<SHA-256>}, written atomically. */
final class BlobFolder {
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    BlobFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Optional<Path> find(String hash) {
        Path path = path(hash);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    /** Puts a file's content here under its hash unless it is here already; returns where it is. */
    Path put(String hash, Path content) {
        try (InputStream in = Files.newInputStream(content)) {
            return put(hash, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a content here under its hash unless it is here already; returns where it is. */
    Path put(String hash, InputStream content) {
        Path target = path(hash);
        if (Files.exists(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), hash, ".part");
            try {
                Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every content file in the folder (temporary {@code .part} files and others left aside). */
    Stream<Path> contents() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(file ->
                            SHA256.matcher(file.getFileName().toString()).matches())
                    .filter(file -> file.getParent()
                            .getFileName()
                            .toString()
                            .equals(file.getFileName().toString().substring(0, 2)))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(content), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private Path path(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }
}

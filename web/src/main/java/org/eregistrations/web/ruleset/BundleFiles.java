package org.eregistrations.web.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The files of a rule bundle as data: read from a folder or an uploaded zip, stored in the database, written back. */
public record BundleFiles(Map<String, byte[]> files) {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_FILES = 2000;

    public BundleFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public static BundleFiles fromFolder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            Map<String, byte[]> files = new TreeMap<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = dir.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith(".")) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
            return new BundleFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a zip of a bundle; the bundle may sit at the top of the zip or in one folder. Refuses paths that leave
     * the bundle, too many files and too many bytes.
     */
    public static BundleFiles fromZip(byte[] zip) {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String path = entry.getName().replace('\\', '/');
                if (path.startsWith("/") || path.contains("../") || path.contains(":")) {
                    throw new IllegalArgumentException("the zip holds a path outside the bundle: " + path);
                }
                byte[] content = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
                total += content.length;
                if (total > MAX_BYTES || files.size() >= MAX_FILES) {
                    throw new IllegalArgumentException(
                            "the bundle is larger than " + MAX_BYTES / 1024 / 1024 + " MB or " + MAX_FILES + " files");
                }
                if (files.put(path, content) != null) {
                    throw new IllegalArgumentException("the zip holds " + path + " twice");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a zip file: " + e.getMessage());
        }
        Map<String, byte[]> bundle = stripCommonFolder(files);
        if (!bundle.containsKey("service.yaml")) {
            throw new IllegalArgumentException(
                    "the zip holds no service.yaml, at its top or in one folder, so it is" + " not a rule bundle");
        }
        return new BundleFiles(bundle);
    }

    /** A zip whose files all sit in one folder holding service.yaml is read as that folder. */
    private static Map<String, byte[]> stripCommonFolder(Map<String, byte[]> files) {
        if (files.containsKey("service.yaml")) {
            return files;
        }
        String folder = files.keySet().stream()
                .filter(path -> path.endsWith("/service.yaml") && path.indexOf('/') == path.length() - 13)
                .map(path -> path.substring(0, path.length() - "service.yaml".length()))
                .findFirst()
                .orElse(null);
        if (folder == null) {
            return files;
        }
        Map<String, byte[]> stripped = new LinkedHashMap<>();
        files.forEach((path, content) -> {
            if (path.startsWith(folder)) {
                stripped.put(path.substring(folder.length()), content);
            }
        });
        return stripped;
    }

    /** Writes the files into a new temporary folder, for the loader; the caller deletes it. */
    public Path writeToTemporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("bundle");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException("path outside the bundle: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder written by {@link #writeToTemporaryFolder()}. */
    public static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base64 of each file, for a JSON column. */
    public Map<String, String> encoded() {
        Map<String, String> encoded = new TreeMap<>();
        files.forEach((path, content) -> encoded.put(path, Base64.getEncoder().encodeToString(content)));
        return encoded;
    }

    public static BundleFiles decoded(Map<String, String> encoded) {
        Map<String, byte[]> files = new TreeMap<>();
        encoded.forEach((path, content) -> files.put(path, Base64.getDecoder().decode(content)));
        return new BundleFiles(files);
    }
}

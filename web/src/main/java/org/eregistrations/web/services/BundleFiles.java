package org.eregistrations.web.services;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eregistrations.web.AppConfig;

/** The files of a rule bundle as data: read from a folder or an uploaded zip, stored in the database, written back. */
public record BundleFiles(Map<String, byte[]> files) {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_FILES = 2000;

    public BundleFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public static BundleFiles fromFolder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            Map<String, byte[]> files = new TreeMap<>();
            for (Path file : walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
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
     * Reads a zip of a bundle; the bundle may sit at the top of the zip or in one folder. Refuses, with a message that
     * names the entry: paths that are absolute, use backslashes or drive letters, or have empty, {@code .} or
     * {@code ..} segments; symbolic links; more than {@value #MAX_FILES} entries and more than 20 MB
     * once unpacked (counted while unpacking, whatever the zip declares).
     */
    public static BundleFiles fromZip(byte[] zip) {
        Set<String> links = ZipLinks.symbolicLinks(zip);
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_FILES) {
                    throw new IllegalArgumentException("the zip holds more than " + MAX_FILES + " entries");
                }
                String path = checkedPath(entry.getName(), entry.isDirectory());
                if (links.contains(entry.getName())) {
                    throw new IllegalArgumentException(
                            "the zip holds a symbolic link, which a bundle may not: " + printable(entry.getName()));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = in.readNBytes((int) (MAX_BYTES - total + 1));
                total += content.length;
                if (total > MAX_BYTES) {
                    throw new IllegalArgumentException(
                            "the bundle unpacks to more than " + MAX_BYTES / 1024 / 1024 + " MB");
                }
                if (files.put(path, content) != null) {
                    throw new IllegalArgumentException("the zip holds " + printable(path) + " twice");
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

    /** An entry's path as a relative path inside the bundle, or why it cannot be one. */
    private static String checkedPath(String name, boolean directory) {
        String problem = null;
        if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problem = "an empty name or control characters";
        } else if (name.indexOf('\\') >= 0) {
            problem = "a backslash (zip paths use /)";
        } else if (name.startsWith("/") || name.indexOf(':') >= 0) {
            problem = "an absolute path";
        } else {
            String path = directory && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
            for (String segment : path.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    problem = "an empty, . or .. segment";
                }
            }
        }
        if (problem != null) {
            throw new IllegalArgumentException(
                    "the zip holds an entry outside the bundle, with " + problem + ": " + printable(name));
        }
        return name;
    }

    /** A name from a zip as it can be shown in a message: control characters escaped, at most 200 characters. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder("'");
        name.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append(name.length() > 200 ? "…'" : "'").toString();
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

    /** Where bundles are unpacked while they are compiled and tested: a folder of their own, removed after. */
    public static Path workDir(AppConfig config) {
        return config.bundleWorkDir().map(Path::of).orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Writes the files into a new temporary folder under {@code parent}, for the loader; the caller deletes it. When
     * writing fails, what was written is deleted before the failure is thrown.
     */
    public Path writeToTemporaryFolder(Path parent) {
        Path dir;
        try {
            Files.createDirectories(parent);
            dir = Files.createTempDirectory(parent, "bundle");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir) || target.equals(dir)) {
                    throw new IllegalArgumentException("path outside the bundle: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return dir;
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Deletes a folder written by {@link #writeToTemporaryFolder(Path)}. */
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

package org.eregistrations.web.configure;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eregistrations.config.bundle.BundleLoader;
import org.eregistrations.web.services.BundleFiles;

/**
 * Notices which bundle folders of a rules folder changed since it last looked: a new folder, or any file added,
 * removed or edited; and which were removed. What was there when the watch began counts as seen, so an instance that
 * starts later serves the active version from the database rather than its own folder.
 */
public final class FolderWatch {
    private final Path root;
    private final Map<Path, String> seen = new HashMap<>();

    public FolderWatch(Path root) {
        this.root = root;
        changed();
    }

    /** The bundle folders that changed since the last call. */
    public List<Path> changed() {
        List<Path> changed = new ArrayList<>();
        for (Path dir : bundles()) {
            String fingerprint = fingerprint(dir);
            if (!fingerprint.equals(seen.put(dir, fingerprint))) {
                changed.add(dir);
            }
        }
        return changed;
    }

    /**
     * The bundle folders seen before that are gone since the last call (deleted, or without their {@code service.yaml}
     * any more); forgotten, so a folder put back is a new one.
     */
    public List<Path> removed() {
        List<Path> present = bundles();
        List<Path> removed = seen.keySet().stream()
                .filter(dir -> !present.contains(dir))
                .sorted()
                .toList();
        removed.forEach(seen::remove);
        return removed;
    }

    private List<Path> bundles() {
        return BundleLoader.bundlesIn(root);
    }

    private static String fingerprint(Path dir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            BundleFiles.fromFolder(dir).files().forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        } catch (UncheckedIOException e) {
            return "unreadable";
        }
    }
}

package org.eregistrations.web.configure;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The files of two bundles compared: added, removed and changed files, and for a changed text file its changed lines
 * with a few lines of context around each change (java-diff-utils' Myers diff).
 */
public final class FileDiff {
    private static final int CONTEXT = 2;

    private FileDiff() {}

    /** A file that differs: its path, how (added, removed, changed) and its lines as a diff shows them. */
    public record ChangedFile(String path, String kind, boolean binary, List<Line> lines) {}

    /** A line of a diff: kept (" "), removed ("-"), added ("+"), or a gap ("…") between changes. */
    public record Line(String kind, Integer oldNumber, Integer newNumber, String text) {
        public String css() {
            return switch (kind) {
                case "+" -> "added";
                case "-" -> "removed";
                case "…" -> "gap";
                default -> "kept";
            };
        }
    }

    static List<ChangedFile> compare(Map<String, byte[]> from, Map<String, byte[]> to) {
        TreeSet<String> paths = new TreeSet<>(from.keySet());
        paths.addAll(to.keySet());
        List<ChangedFile> changed = new ArrayList<>();
        for (String path : paths) {
            byte[] before = from.get(path);
            byte[] after = to.get(path);
            if (before != null && after != null && Arrays.equals(before, after)) {
                continue;
            }
            String kind = before == null ? "added" : after == null ? "removed" : "changed";
            List<String> oldLines = lines(before);
            List<String> newLines = lines(after);
            if (oldLines == null || newLines == null) {
                changed.add(new ChangedFile(path, kind, true, List.of()));
            } else {
                changed.add(new ChangedFile(path, kind, false, diff(oldLines, newLines)));
            }
        }
        return changed;
    }

    private static List<Line> diff(List<String> oldLines, List<String> newLines) {
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        List<Line> all = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (oldAt < delta.getSource().getPosition()) {
                all.add(new Line(" ", ++oldAt, ++newAt, oldLines.get(oldAt - 1)));
            }
            for (String line : delta.getSource().getLines()) {
                all.add(new Line("-", ++oldAt, null, line));
            }
            for (String line : delta.getTarget().getLines()) {
                all.add(new Line("+", null, ++newAt, line));
            }
        }
        while (oldAt < oldLines.size()) {
            all.add(new Line(" ", ++oldAt, ++newAt, oldLines.get(oldAt - 1)));
        }
        return nearChanges(all);
    }

    /** The changed lines with {@value #CONTEXT} kept lines around each, and a gap line where kept lines are left out. */
    private static List<Line> nearChanges(List<Line> all) {
        boolean[] shown = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).kind().equals(" ")) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(all.size() - 1, i + CONTEXT); j++) {
                    shown[j] = true;
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (shown[i]) {
                lines.add(all.get(i));
            } else if (lines.isEmpty() || !lines.get(lines.size() - 1).kind().equals("…")) {
                lines.add(new Line("…", null, null, ""));
            }
        }
        return lines;
    }

    /** A file's lines, or null when it is not UTF-8 text (a spreadsheet, an image). */
    private static List<String> lines(byte[] content) {
        if (content == null) {
            return List.of();
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

package org.eregistrations.web.services;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The entries of a zip that are symbolic links. Only the zip's central directory says so (a Unix file mode in an
 * entry's external attributes), which {@link java.util.zip.ZipInputStream} does not read.
 */
final class ZipLinks {
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int UNIX = 3;
    private static final int FILE_TYPE = 0170000;
    private static final int SYMBOLIC_LINK = 0120000;

    private ZipLinks() {}

    /** The names of the entries that are symbolic links; none when the zip has no readable central directory. */
    static Set<String> symbolicLinks(byte[] zip) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = endOfDirectory(bytes);
        Set<String> links = new HashSet<>();
        if (end < 0) {
            return links;
        }
        int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
        long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
        for (int i = 0; i < entries && offset + 46 <= zip.length; i++) {
            int at = (int) offset;
            if (bytes.getInt(at) != DIRECTORY_ENTRY) {
                break;
            }
            int madeBy = Short.toUnsignedInt(bytes.getShort(at + 4)) >> 8;
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(bytes.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(bytes.getShort(at + 32));
            int mode = bytes.getInt(at + 38) >>> 16;
            if (at + 46 + nameLength > zip.length) {
                break;
            }
            if (madeBy == UNIX && (mode & FILE_TYPE) == SYMBOLIC_LINK) {
                links.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            }
            offset += 46L + nameLength + extraLength + commentLength;
        }
        return links;
    }

    /** Where the end-of-central-directory record starts: within the last 64 KiB (its comment) of the zip. */
    private static int endOfDirectory(ByteBuffer bytes) {
        int last = bytes.limit() - 22;
        for (int at = last; at >= Math.max(0, last - 65535); at--) {
            if (bytes.getInt(at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }
}

package org.eregistrations.web.partb;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eregistrations.web.file.Revision;
import org.eregistrations.web.site.MalformedFormException;

/** Reads a revision form: {@code status.<item>}, {@code reasonType.<item>} and {@code reason.<item>} per item. */
final class RevisionForm {
    private static final String STATUS = "status.";
    /** More fields than any file has items is no form of ours. */
    private static final int MOST_ITEMS = 500;

    private RevisionForm() {}

    static Map<String, Revision.Mark> marks(MultivaluedMap<String, String> form) {
        Map<String, Revision.Mark> marks = new LinkedHashMap<>();
        for (String field : form.keySet()) {
            if (!field.startsWith(STATUS)) {
                continue;
            }
            String item = field.substring(STATUS.length());
            String status = form.getFirst(field);
            if ("valid".equals(status)) {
                marks.put(item, Revision.Mark.VALID);
            } else if ("invalid".equals(status)) {
                String type = blankToNull(form.getFirst("reasonType." + item));
                String reason = blankToNull(form.getFirst("reason." + item));
                marks.put(item, new Revision.Mark(false, type, reason == null ? null : reason.strip()));
            } else if (status != null && !status.isEmpty()) {
                throw new MalformedFormException(field + " must be valid or invalid");
            }
            if (marks.size() > MOST_ITEMS) {
                throw new MalformedFormException("too many items");
            }
        }
        return marks;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

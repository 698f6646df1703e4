package org.eregistrations.web.file;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.file.PropertyPath.Affidavit;
import org.eregistrations.web.file.PropertyPath.Answer;
import org.eregistrations.web.file.PropertyPath.Checked;
import org.eregistrations.web.file.PropertyPath.DocumentChoice;
import org.eregistrations.web.file.PropertyPath.EntryValue;
import org.eregistrations.web.file.PropertyPath.FieldValue;
import org.eregistrations.web.file.PropertyPath.Forms;
import org.eregistrations.web.file.PropertyPath.IssuedCertificate;
import org.eregistrations.web.file.PropertyPath.RulesetVersion;
import org.eregistrations.web.file.PropertyPath.Status;
import org.eregistrations.web.file.PropertyPath.StepAssignee;
import org.eregistrations.web.file.PropertyPath.StepDecision;
import org.eregistrations.web.file.PropertyPath.StepReview;
import org.eregistrations.web.file.PropertyPath.StepState;
import org.eregistrations.web.file.PropertyPath.Upload;
import org.eregistrations.web.file.PropertyPath.Uploads;

/** Reads the text of a {@link PropertyPath}: the one place that takes a path's text apart. */
final class PropertyPathParser {
    /** Longer texts are no path; the problem names only their start. */
    private static final int LONGEST = 300;

    /** The longest id of a question, registration, requirement, field, upload or step. */
    private static final int LONGEST_ID = 100;

    private static final Pattern ENTRY =
            Pattern.compile("([A-Za-z0-9_-]{1,100})\\[(0|[1-9]\\d{0,3})]\\.([A-Za-z0-9_-]{1,100})");

    private PropertyPathParser() {}

    static PropertyPath parse(String text) {
        if (text == null || text.length() > LONGEST) {
            String shown = text == null ? "" : text.substring(0, 40) + "…";
            throw new InvalidValueException(shown, "is not a property of a file");
        }
        PropertyPath path =
                switch (text) {
                    case "status" -> new Status();
                    case "rulesetVersion" -> new RulesetVersion();
                    case Affidavit.TEXT -> new Affidavit();
                    default -> namespaced(text);
                };
        if (path == null) {
            throw new InvalidValueException(text, "is not a property of a file");
        }
        return path;
    }

    private static PropertyPath namespaced(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String rest = text.substring(dot + 1);
        return switch (text.substring(0, dot)) {
            case "guide" -> plain(rest) ? new Answer(rest) : null;
            case "registrations" -> suffixed(rest, "checked") ? new Checked(head(rest)) : null;
            case "requirements" -> suffixed(rest, "document") ? new DocumentChoice(head(rest)) : null;
            case "dataForms" -> field(Forms.DATA, rest);
            case "submissionForms" -> field(Forms.SUBMISSION, rest);
            case "requirementUploads" -> plain(rest) ? new Upload(Uploads.REQUIREMENT, rest) : null;
            case "paymentReceiptUploads" -> plain(rest) ? new Upload(Uploads.PAYMENT_RECEIPT, rest) : null;
            case "steps" -> step(rest);
            case "certificates" -> plain(rest) ? new IssuedCertificate(rest) : null;
            default -> null;
        };
    }

    private static PropertyPath step(String rest) {
        String[] parts = rest.split("\\.", -1);
        if (parts.length == 3 && parts[1].equals("form") && isId(parts[0]) && isId(parts[2])) {
            return new PropertyPath.StepField(parts[0], parts[2]);
        }
        if (parts.length == 4 && parts[1].equals("review") && isId(parts[0]) && isId(parts[3])) {
            return PropertyPath.Reviewed.ofSegment(parts[2])
                    .map(kind -> (PropertyPath) new StepReview(parts[0], kind, parts[3]))
                    .orElse(null);
        }
        if (suffixed(rest, "status")) {
            return new StepState(head(rest));
        }
        if (suffixed(rest, "assignee")) {
            return new StepAssignee(head(rest));
        }
        return suffixed(rest, "decision") ? new StepDecision(head(rest)) : null;
    }

    private static PropertyPath field(Forms forms, String rest) {
        if (plain(rest)) {
            return new FieldValue(forms, rest);
        }
        Matcher entry = ENTRY.matcher(rest);
        return entry.matches()
                ? new EntryValue(forms, entry.group(1), Integer.parseInt(entry.group(2)), entry.group(3))
                : null;
    }

    /** Whether a text is an id as the catalogue writes them: 1 to 100 ASCII letters, digits, {@code _} or {@code -}. */
    static boolean isId(String text) {
        if (text.isEmpty() || text.length() > LONGEST_ID) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(String text) {
        return isId(text);
    }

    /** Whether a text is {@code <id>.<suffix>}. */
    private static boolean suffixed(String text, String suffix) {
        int dot = text.length() - suffix.length() - 1;
        return dot > 0 && text.charAt(dot) == '.' && text.endsWith(suffix) && isId(text.substring(0, dot));
    }

    private static String head(String text) {
        return text.substring(0, text.lastIndexOf('.'));
    }
}

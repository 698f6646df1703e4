package org.eregistrations.web.parta;

import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.PropertyPath.Affidavit;
import org.eregistrations.web.file.PropertyPath.Answer;
import org.eregistrations.web.file.PropertyPath.Checked;
import org.eregistrations.web.file.PropertyPath.DocumentChoice;
import org.eregistrations.web.file.PropertyPath.EntryValue;
import org.eregistrations.web.file.PropertyPath.FieldValue;
import org.eregistrations.web.file.PropertyPath.Upload;

/**
 * The id of the element of a page where a property is entered: the pages draw their inputs with it and "still missing"
 * links land on it.
 */
final class InputIds {
    /** The registrations box of the guide. */
    static final String REGISTRATIONS = "registrations";

    private InputIds() {}

    static String of(PropertyPath path) {
        if (path instanceof Answer answer) {
            return "q-" + answer.question();
        }
        if (path instanceof Checked checked) {
            return "reg-" + checked.registration();
        }
        if (path instanceof DocumentChoice choice) {
            return "r-" + choice.requirement();
        }
        if (path instanceof FieldValue value) {
            return "f-" + value.field();
        }
        if (path instanceof EntryValue entry) {
            return "f-" + entry.list() + "-" + entry.entry() + "-" + entry.field();
        }
        if (path instanceof Upload upload) {
            return "u-" + upload.id();
        }
        if (path instanceof Affidavit) {
            return "affidavit";
        }
        throw new IllegalArgumentException(path.format() + " is not entered on a page");
    }

    /** The fieldset of a list's entries. */
    static String list(String list) {
        return "list-" + list;
    }
}

package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.web.file.PropertyPath.Affidavit;
import org.eregistrations.web.file.PropertyPath.Answer;
import org.eregistrations.web.file.PropertyPath.Checked;
import org.eregistrations.web.file.PropertyPath.DocumentChoice;
import org.eregistrations.web.file.PropertyPath.EntryValue;
import org.eregistrations.web.file.PropertyPath.FieldValue;
import org.eregistrations.web.file.PropertyPath.Upload;
import org.eregistrations.web.file.PropertyPath.Uploads;

/**
 * The values the rules read, from a file's stored properties: what the investor entered and uploaded. Paths the
 * catalogue no longer has, and values that no longer fit, are kept in the file but not seen by the rules.
 */
final class StoredValues {
    private final FileSchema schema;

    StoredValues(FileSchema schema) {
        this.schema = schema;
    }

    FileValues fileValues(Map<String, JsonNode> properties) {
        FileValues.Builder values = FileValues.builder();
        properties.forEach((text, json) -> {
            try {
                apply(values, PropertyPath.parse(text), json);
            } catch (InvalidValueException e) {
                // a value of a field that no longer exists, or no longer fits, is kept but not seen by the rules
            }
        });
        return values.build();
    }

    /** Steps, status and version are the file's own, not the investor's: the rules do not read them. */
    private void apply(FileValues.Builder values, PropertyPath path, JsonNode json) {
        if (path instanceof Upload upload) {
            values.upload(
                    upload.uploads() == Uploads.REQUIREMENT ? Kind.REQUIREMENT_UPLOAD : Kind.PAYMENT_RECEIPT_UPLOAD,
                    upload.id());
        } else if (path instanceof Affidavit) {
            values.signAffidavit(Boolean.TRUE.equals(schema.read(path, json)));
        } else if (path instanceof Answer answer) {
            values.answer(answer.question(), schema.read(path, json));
        } else if (path instanceof Checked checked) {
            if (Boolean.TRUE.equals(schema.read(path, json))) {
                values.check(checked.registration());
            }
        } else if (path instanceof DocumentChoice choice) {
            values.choose(choice.requirement(), (String) schema.read(path, json));
        } else if (path instanceof FieldValue field) {
            values.field(field.field(), schema.read(path, json));
        } else if (path instanceof EntryValue entry) {
            values.listField(entry.list(), entry.entry(), entry.field(), schema.read(path, json));
        }
    }
}

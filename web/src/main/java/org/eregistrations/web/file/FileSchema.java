package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.config.catalogue.Option;
import org.eregistrations.config.catalogue.Requirement;
import org.eregistrations.config.catalogue.ValueTypes;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.web.file.PropertyPath.Affidavit;
import org.eregistrations.web.file.PropertyPath.Answer;
import org.eregistrations.web.file.PropertyPath.Checked;
import org.eregistrations.web.file.PropertyPath.DocumentChoice;
import org.eregistrations.web.file.PropertyPath.EntryValue;
import org.eregistrations.web.file.PropertyPath.FieldValue;
import org.eregistrations.web.file.PropertyPath.Forms;
import org.eregistrations.web.file.PropertyPath.Upload;

/**
 * The property paths an investor may write in a file of a service, with the type each value must have, read from the
 * catalogue: answers, checked registrations, chosen documents, form fields and list entries, the affidavit. Uploads
 * are written by the upload endpoint only; steps and status by the file's lifecycle.
 */
public final class FileSchema {
    private final Catalogue catalogue;

    public FileSchema(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What a path holds: the type of its value, its options, and the form field whose constraints apply. */
    private record Slot(FieldType type, List<Option> options, FormField field) {}

    /** Reads a value written to a path as its type, or says why it cannot be written there. */
    public Object read(String path, JsonNode value) {
        return read(PropertyPath.parse(path), value);
    }

    /** Reads a value written to a path as its type, or says why it cannot be written there. */
    public Object read(PropertyPath path, JsonNode value) {
        return read(path.format(), slot(path), value);
    }

    /** Reads a value of a field of a step's form (an officer's) as its type, or says why it cannot be written. */
    public Object readStepField(PropertyPath.StepField path, FormField field, JsonNode value) {
        return read(path.format(), new Slot(field.type(), field.options(), field), value);
    }

    private Object read(String at, Slot slot, JsonNode value) {
        // checked before parsing, which strips control characters at the ends but stores the value as sent
        if (value != null && value.isTextual() && ValueLimits.hasControlCharacters(value.asText())) {
            throw new InvalidValueException(at, "must not contain control characters");
        }
        int maxLength = maxLength(slot);
        if (value != null && value.isValueNode() && value.asText().length() > maxLength) {
            throw new InvalidValueException(at, "must have at most " + maxLength + " characters");
        }
        Object typed = parse(at, slot, value);
        if (typed instanceof BigDecimal number && ValueLimits.outOfRange(number)) {
            throw new InvalidValueException(
                    at,
                    "must have at most " + ValueLimits.MAX_INTEGER_DIGITS + " digits before the decimal point and "
                            + ValueLimits.MAX_DECIMALS + " after it");
        }
        if (slot.field() != null) {
            ValueTypes.problem(slot.field(), typed).ifPresent(problem -> {
                throw new InvalidValueException(at, problem);
            });
        }
        return typed;
    }

    /** The most characters a value of this path may have: a text field's own {@code max}, else the service's limit. */
    public int maxLength(PropertyPath path) {
        return maxLength(slot(path));
    }

    private int maxLength(Slot slot) {
        FormField field = slot.field();
        if (field != null && field.type() == FieldType.TEXT && field.max() != null) {
            return field.max().intValue();
        }
        return catalogue.limits().maxLength();
    }

    /** The most entries a list may have: its own {@code max}, else the service's limit. */
    public int maxEntries(String list) {
        return catalogue
                .field(list)
                .filter(field -> field.type() == FieldType.LIST && field.max() != null)
                .map(field -> field.max().intValue())
                .orElse(catalogue.limits().maxEntries());
    }

    /** The limit of its list, when a path is of a list entry beyond it. */
    public OptionalInt entriesBeyond(PropertyPath path) {
        if (path instanceof EntryValue entry && entry.entry() >= maxEntries(entry.list())) {
            return OptionalInt.of(maxEntries(entry.list()));
        }
        return OptionalInt.empty();
    }

    /** Checks that an investor may write (or remove) this path at all. */
    public void checkWritable(String path) {
        slot(PropertyPath.parse(path));
    }

    /** The values the rules read, from a file's stored properties; paths the catalogue no longer has are skipped. */
    public FileValues fileValues(Map<String, JsonNode> properties) {
        return new StoredValues(this).fileValues(properties);
    }

    private Slot slot(PropertyPath path) {
        String at = path.format();
        if (path instanceof Affidavit) {
            return new Slot(FieldType.YES_NO, List.of(), null);
        }
        if (path instanceof Answer answer) {
            return catalogue
                    .question(answer.question())
                    .map(q -> new Slot(q.type(), q.options(), q.asField()))
                    .orElseThrow(() -> new InvalidValueException(at, "is not a question of this service"));
        }
        if (path instanceof Checked checked) {
            if (catalogue.registrations().stream().noneMatch(r -> r.id().equals(checked.registration()))) {
                throw new InvalidValueException(at, "is not registrations.<registration>.checked of this service");
            }
            return new Slot(FieldType.YES_NO, List.of(), null);
        }
        if (path instanceof DocumentChoice choice) {
            return documentSlot(at, choice.requirement());
        }
        if (path instanceof FieldValue value) {
            return fieldSlot(at, value.forms(), value.field(), value.field());
        }
        if (path instanceof EntryValue entry) {
            Slot slot = fieldSlot(at, entry.forms(), entry.list(), entry.qualifiedField());
            if (entry.entry() >= maxEntries(entry.list())) {
                throw new InvalidValueException(
                        at, "list " + entry.list() + " holds at most " + maxEntries(entry.list()) + " entries");
            }
            return slot;
        }
        throw new InvalidValueException(
                at,
                path instanceof Upload
                        ? "is written by uploading a document"
                        : "is not a property an investor can write");
    }

    private Slot documentSlot(String at, String requirement) {
        List<String> documents = catalogue.requirements().stream()
                .filter(r -> r.id().equals(requirement))
                .map(Requirement::documents)
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(at, "is not requirements.<requirement>.document"));
        if (documents.isEmpty()) {
            throw new InvalidValueException(at, "requirement '" + requirement + "' offers no choice of documents");
        }
        return new Slot(
                FieldType.CHOICE,
                documents.stream()
                        .map(document -> new Option(document, new Labels(Map.of())))
                        .toList(),
                null);
    }

    /**
     * A field of the forms of its kind ({@code top} is the field of the form itself: the list for a list entry); a
     * data form field is not written as {@code submissionForms.x}.
     */
    private Slot fieldSlot(String at, Forms kind, String top, String name) {
        List<FormSection> forms = kind == Forms.DATA ? catalogue.dataForms() : catalogue.submissionForms();
        boolean inForms = forms.stream()
                .anyMatch(form -> form.fields().stream().anyMatch(f -> f.name().equals(top)));
        FormField field = catalogue
                .field(name)
                .filter(f -> inForms && f.type() != FieldType.LIST)
                .orElseThrow(() -> new InvalidValueException(at, "is not a field of this service"));
        return new Slot(field.type(), field.options(), field);
    }

    private static Object parse(String at, Slot slot, JsonNode value) {
        if (value == null || value.isContainerNode()) {
            throw new InvalidValueException(at, "must be a single value");
        }
        try {
            return ValueTypes.parse(slot.type(), slot.options(), value.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(at, e.getMessage());
        }
    }
}

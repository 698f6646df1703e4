package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.ValueTypes;
import org.eregistrations.web.file.CheckedChanges;
import org.eregistrations.web.file.FileSchema;
import org.eregistrations.web.file.InvalidValueException;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.PropertyPath.Answer;
import org.eregistrations.web.file.PropertyPath.DocumentChoice;
import org.eregistrations.web.file.PropertyPath.EntryValue;
import org.eregistrations.web.file.PropertyPath.FieldValue;
import org.eregistrations.web.file.ValueLimits;
import org.eregistrations.web.site.Texts;

/**
 * Reads a posted page form into changes of a file: only the properties the page showed, only those whose value
 * differs from what is stored (so two people or two tabs editing different parts do not overwrite each other), an
 * empty input removes the value, an unticked checkbox is {@code false}. A value that does not fit is not stored; it
 * comes back with a localized problem so the page can show it next to the field as entered.
 */
final class FormReader {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Catalogue catalogue;
    private final FileSchema schema;
    private final String language;

    FormReader(Catalogue catalogue, String language) {
        this.catalogue = catalogue;
        this.schema = new FileSchema(catalogue);
        this.language = language;
    }

    /** What a posted form comes to. */
    record Read(CheckedChanges changes, Map<String, String> problems, Map<String, String> entered) {}

    /** Reads the posted form against the values the page showed, adding the checked changes to {@code changes}. */
    Read read(
            Map<String, String> posted,
            Collection<String> shown,
            Set<String> checkboxes,
            Map<String, JsonNode> stored,
            CheckedChanges changes) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        for (String path : shown) {
            String raw = checkboxes.contains(path)
                    ? String.valueOf(posted.containsKey(path))
                    : Objects.requireNonNullElse(posted.get(path), "").strip();
            if (!checkboxes.contains(path) && !posted.containsKey(path)) {
                continue; // not part of this post (a disabled or hidden input)
            }
            JsonNode before = stored.get(path);
            if (raw.isEmpty()) {
                if (before != null) {
                    changes.remove(path);
                }
                continue;
            }
            Object typed;
            try {
                typed = changes.read(path, JSON.textNode(raw));
            } catch (InvalidValueException e) {
                problems.put(path, problem(path, raw));
                entered.put(path, raw);
                continue;
            }
            if (before != null && same(typed, storedValue(path, before))) {
                continue;
            }
            changes.add(path);
        }
        return new Read(changes, problems, entered);
    }

    private Object storedValue(String path, JsonNode stored) {
        try {
            return schema.read(path, stored);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** Why a value does not fit, in the visitor's language. */
    String problem(String text, String raw) {
        if (ValueLimits.hasControlCharacters(raw)) {
            return Texts.get(language, "error_control_characters");
        }
        PropertyPath path;
        try {
            path = PropertyPath.parse(text);
        } catch (InvalidValueException e) {
            return Texts.get(language, "error_pattern");
        }
        OptionalInt entries = schema.entriesBeyond(path);
        if (entries.isPresent()) {
            return Texts.get(language, "error_max_entries", "limit", entries.getAsInt());
        }
        int maxLength = maxLength(path);
        if (raw.length() > maxLength) {
            return Texts.get(language, "error_max_length", "limit", maxLength);
        }
        FormField field = field(path);
        FieldType type = field != null ? field.type() : typeOfOther(path);
        Object typed;
        try {
            typed = ValueTypes.parse(type, field != null ? field.options() : List.of(), raw);
        } catch (IllegalArgumentException e) {
            return Texts.get(language, "error_type_" + type.yamlName());
        }
        if (typed instanceof BigDecimal number && ValueLimits.outOfRange(number)) {
            return Texts.get(
                    language,
                    "error_number_digits",
                    "digits",
                    ValueLimits.MAX_INTEGER_DIGITS,
                    "decimals",
                    ValueLimits.MAX_DECIMALS);
        }
        if (field == null) {
            return Texts.get(language, "error_type_" + type.yamlName());
        }
        return fieldProblem(field, typed);
    }

    private String fieldProblem(FormField field, Object typed) {
        if (typed instanceof BigDecimal number) {
            if (field.min() != null && number.compareTo(field.min()) < 0) {
                return Texts.get(language, "error_min", "limit", field.min().toPlainString());
            }
            if (field.max() != null && number.compareTo(field.max()) > 0) {
                return Texts.get(language, "error_max", "limit", field.max().toPlainString());
            }
            return Texts.get(language, "error_decimals");
        }
        if (typed instanceof String text && field.type() == FieldType.TEXT) {
            if (field.min() != null && text.length() < field.min().intValue()) {
                return Texts.get(
                        language, "error_min_length", "limit", field.min().intValue());
            }
            if (field.max() != null && text.length() > field.max().intValue()) {
                return Texts.get(
                        language, "error_max_length", "limit", field.max().intValue());
            }
        }
        return Texts.get(language, "error_pattern");
    }

    /** The most characters of a value of a path; the service's limit for a path it does not have. */
    private int maxLength(PropertyPath path) {
        try {
            return schema.maxLength(path);
        } catch (InvalidValueException e) {
            return catalogue.limits().maxLength();
        }
    }

    /**
     * The form field of a path such as {@code dataForms.city} or {@code dataForms.shareholders[0].name}; a guide
     * question ({@code guide.capital}) as a field, so its answers meet the same constraints.
     */
    FormField field(PropertyPath path) {
        if (path instanceof Answer answer) {
            return catalogue.question(answer.question()).map(q -> q.asField()).orElse(null);
        }
        if (path instanceof FieldValue value) {
            return catalogue.field(value.field()).orElse(null);
        }
        if (path instanceof EntryValue entry) {
            return catalogue.field(entry.qualifiedField()).orElse(null);
        }
        return null;
    }

    private FieldType typeOfOther(PropertyPath path) {
        if (path instanceof Answer answer) {
            return catalogue.question(answer.question()).map(q -> q.type()).orElse(FieldType.TEXT);
        }
        if (path instanceof DocumentChoice) {
            return FieldType.CHOICE;
        }
        return FieldType.YES_NO;
    }
}

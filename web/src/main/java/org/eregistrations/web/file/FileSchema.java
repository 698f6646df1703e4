package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.config.catalogue.Option;
import org.eregistrations.config.catalogue.Question;
import org.eregistrations.config.catalogue.Requirement;
import org.eregistrations.config.catalogue.ValueTypes;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.Kind;

/**
 * The property paths an investor may write in a file of a service, with the type each value must have, read from the
 * catalogue. Paths: {@code guide.<question>}, {@code registrations.<id>.checked}, {@code requirements.<id>.document},
 * {@code dataForms.<field>}, {@code dataForms.<list>[<n>].<field>}, {@code submissionForms.<field>},
 * {@code submissionForms.isAffidavitSigned}. Uploads ({@code requirementUploads.<id>},
 * {@code paymentReceiptUploads.<cost>}) are written by the upload endpoint only.
 */
public final class FileSchema {
    public static final String AFFIDAVIT = "submissionForms.isAffidavitSigned";
    static final String REQUIREMENT_UPLOADS = "requirementUploads.";
    static final String RECEIPT_UPLOADS = "paymentReceiptUploads.";
    private static final Pattern LIST_ENTRY = Pattern.compile("([A-Za-z0-9_]+)\\[(\\d{1,4})]\\.([A-Za-z0-9_]+)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    /** Digits of a number before and after the decimal point: more are no amount, count or size a service asks for. */
    public static final int MAX_INTEGER_DIGITS = 15;

    public static final int MAX_DECIMALS = 6;

    private final Catalogue catalogue;

    public FileSchema(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What a path holds: the type of its value, its options, and the form field whose constraints apply. */
    private record Slot(FieldType type, List<Option> options, FormField field) {}

    /** Reads a value written to a path as its type, or says why it cannot be written there. */
    public Object read(String path, JsonNode value) {
        Slot slot = slot(path);
        // checked before parsing, which strips control characters at the ends but stores the value as sent
        if (value != null && value.isTextual() && hasControlCharacters(value.asText())) {
            throw new InvalidValueException(path, "must not contain control characters");
        }
        int maxLength = maxLength(slot);
        if (value != null && value.isValueNode() && value.asText().length() > maxLength) {
            throw new InvalidValueException(path, "must have at most " + maxLength + " characters");
        }
        Object typed = parse(path, slot, value);
        if (typed instanceof BigDecimal number && outOfRange(number)) {
            throw new InvalidValueException(
                    path,
                    "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and " + MAX_DECIMALS
                            + " after it");
        }
        if (slot.field() != null) {
            ValueTypes.problem(slot.field(), typed).ifPresent(problem -> {
                throw new InvalidValueException(path, problem);
            });
        }
        return typed;
    }

    /** The most characters a value of this path may have: a text field's own {@code max}, else the service's limit. */
    public int maxLength(String path) {
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

    /** The limit of its list, when a path is of a list entry beyond it ({@code dataForms.<list>[<n>].<field>}). */
    public OptionalInt entriesBeyond(String path) {
        Matcher entry = LIST_ENTRY.matcher(path.substring(path.indexOf('.') + 1));
        if (entry.matches() && Integer.parseInt(entry.group(2)) >= maxEntries(entry.group(1))) {
            return OptionalInt.of(maxEntries(entry.group(1)));
        }
        return OptionalInt.empty();
    }

    /** Whether a text holds a control character other than tab and line breaks (NUL cannot even be stored). */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    /** Whether a number has more digits than a file holds ({@link #MAX_INTEGER_DIGITS}, {@link #MAX_DECIMALS}). */
    public static boolean outOfRange(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return plain.precision() - plain.scale() > MAX_INTEGER_DIGITS || plain.scale() > MAX_DECIMALS;
    }

    /** Checks that an investor may write (or remove) this path at all. */
    public void checkWritable(String path) {
        slot(path);
    }

    private Slot slot(String path) {
        if (path.equals(AFFIDAVIT)) {
            return new Slot(FieldType.YES_NO, List.of(), null);
        }
        String[] parts = path.split("\\.", 2);
        if (parts.length < 2) {
            throw new InvalidValueException(path, "is not a property of a file");
        }
        return switch (parts[0]) {
            case "guide" -> question(parts[1])
                    .map(q -> new Slot(q.type(), q.options(), null))
                    .orElseThrow(() -> new InvalidValueException(path, "is not a question of this service"));
            case "registrations" -> checkedSlot(path, parts[1]);
            case "requirements" -> documentSlot(path, parts[1]);
            case "dataForms" -> fieldSlot(path, parts[1], catalogue.dataForms());
            case "submissionForms" -> fieldSlot(path, parts[1], catalogue.submissionForms());
            default -> throw new InvalidValueException(
                    path,
                    parts[0].equals("requirementUploads") || parts[0].equals("paymentReceiptUploads")
                            ? "is written by uploading a document"
                            : "is not a property an investor can write");
        };
    }

    /** The values the rules read, from a file's stored properties; paths the catalogue no longer has are skipped. */
    public FileValues fileValues(Map<String, JsonNode> properties) {
        FileValues.Builder values = FileValues.builder();
        properties.forEach((path, json) -> {
            try {
                apply(values, path, json);
            } catch (InvalidValueException e) {
                // a value of a field that no longer exists, or no longer fits, is kept but not seen by the rules
            }
        });
        return values.build();
    }

    private void apply(FileValues.Builder values, String path, JsonNode json) {
        if (path.startsWith(REQUIREMENT_UPLOADS)) {
            values.upload(Kind.REQUIREMENT_UPLOAD, path.substring(REQUIREMENT_UPLOADS.length()));
            return;
        }
        if (path.startsWith(RECEIPT_UPLOADS)) {
            values.upload(Kind.PAYMENT_RECEIPT_UPLOAD, path.substring(RECEIPT_UPLOADS.length()));
            return;
        }
        if (path.startsWith("steps.") || path.equals("status")) {
            return;
        }
        Object value = read(path, json);
        String rest = path.substring(path.indexOf('.') + 1);
        if (path.equals(AFFIDAVIT)) {
            values.signAffidavit(Boolean.TRUE.equals(value));
        } else if (path.startsWith("guide.")) {
            values.answer(rest, value);
        } else if (path.startsWith("registrations.")) {
            if (Boolean.TRUE.equals(value)) {
                values.check(rest.substring(0, rest.length() - ".checked".length()));
            }
        } else if (path.startsWith("requirements.")) {
            values.choose(rest.substring(0, rest.length() - ".document".length()), (String) value);
        } else {
            Matcher entry = LIST_ENTRY.matcher(rest);
            if (entry.matches()) {
                values.listField(entry.group(1), Integer.parseInt(entry.group(2)), entry.group(3), value);
            } else {
                values.field(rest, value);
            }
        }
    }

    private Optional<Question> question(String id) {
        return catalogue.question(id);
    }

    private Slot checkedSlot(String path, String rest) {
        String id = rest.endsWith(".checked") ? rest.substring(0, rest.length() - ".checked".length()) : "";
        if (catalogue.registrations().stream().noneMatch(r -> r.id().equals(id))) {
            throw new InvalidValueException(path, "is not registrations.<registration>.checked of this service");
        }
        return new Slot(FieldType.YES_NO, List.of(), null);
    }

    private Slot documentSlot(String path, String rest) {
        String id = rest.endsWith(".document") ? rest.substring(0, rest.length() - ".document".length()) : "";
        List<String> documents = catalogue.requirements().stream()
                .filter(r -> r.id().equals(id))
                .map(Requirement::documents)
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(path, "is not requirements.<requirement>.document"));
        if (documents.isEmpty()) {
            throw new InvalidValueException(path, "requirement '" + id + "' offers no choice of documents");
        }
        return new Slot(
                FieldType.CHOICE,
                documents.stream()
                        .map(document -> new Option(document, new Labels(Map.of())))
                        .toList(),
                null);
    }

    /** A field of the forms of its kind: a data form field is not written as {@code submissionForms.x}. */
    private Slot fieldSlot(String path, String rest, List<FormSection> forms) {
        Matcher entry = LIST_ENTRY.matcher(rest);
        if (!entry.matches() && !ID.matcher(rest).matches()) {
            throw new InvalidValueException(path, "is not a field of this service");
        }
        String name = entry.matches() ? entry.group(1) + "." + entry.group(3) : rest;
        String top = entry.matches() ? entry.group(1) : rest;
        boolean inForms = forms.stream()
                .anyMatch(form -> form.fields().stream().anyMatch(f -> f.name().equals(top)));
        FormField field = catalogue
                .field(name)
                .filter(f -> inForms && f.type() != FieldType.LIST)
                .orElseThrow(() -> new InvalidValueException(path, "is not a field of this service"));
        if (entry.matches() && Integer.parseInt(entry.group(2)) >= maxEntries(top)) {
            throw new InvalidValueException(path, "list " + top + " holds at most " + maxEntries(top) + " entries");
        }
        return new Slot(field.type(), field.options(), field);
    }

    private static Object parse(String path, Slot slot, JsonNode value) {
        if (value == null || value.isContainerNode()) {
            throw new InvalidValueException(path, "must be a single value");
        }
        try {
            return ValueTypes.parse(slot.type(), slot.options(), value.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(path, e.getMessage());
        }
    }
}

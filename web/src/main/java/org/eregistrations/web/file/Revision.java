package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.web.file.PropertyPath.Reviewed;
import org.eregistrations.web.file.PropertyPath.StepReview;

/**
 * What a revision step reviews of a file and how far it got: every uploaded document, every payment receipt and every
 * data form section with values, each with its officer's {@link Mark} if it has one ({@code steps.<step>.review.…}).
 */
public final class Revision {
    /** Why a document or receipt is invalid; a data section is invalid for the reason written. */
    public static final Set<String> REASON_TYPES = Set.of("illegible", "mismatch", "other");

    /** The longest reason an officer writes. */
    public static final int LONGEST_REASON = 2000;

    private final String step;
    private final Map<String, Item> items = new LinkedHashMap<>();

    /** One reviewed item: what it is, its name, and its mark (null: not reviewed yet). */
    public record Item(StepReview path, Labels name, Mark mark) {
        public boolean invalid() {
            return mark != null && !mark.valid();
        }
    }

    /** An officer's mark: valid, or invalid with a reason type ({@link #REASON_TYPES}) and a text. */
    public record Mark(boolean valid, String reasonType, String text) {
        public static final Mark VALID = new Mark(true, null, null);

        /**
         * The reason in words: the reason type's text ({@code revision_reason_<type>}, looked up by {@code texts}; a
         * section has none) and the officer's own text.
         */
        public String reasonText(Reviewed kind, Function<String, String> texts) {
            String type =
                    kind == Reviewed.SECTION || reasonType == null ? "" : texts.apply("revision_reason_" + reasonType);
            String own = text == null ? "" : text;
            return type.isEmpty() ? own : own.isEmpty() ? type : type + " — " + own;
        }

        public JsonNode toJson() {
            ObjectNode json = JsonNodeFactory.instance.objectNode().put("status", valid ? "valid" : "invalid");
            if (reasonType != null) {
                json.put("reasonType", reasonType);
            }
            if (text != null && !text.isBlank()) {
                json.put("reason", text);
            }
            return json;
        }

        static Mark fromJson(JsonNode json) {
            if (json == null || !json.isObject()) {
                return null;
            }
            boolean valid = json.path("status").asText().equals("valid");
            return new Mark(
                    valid,
                    json.hasNonNull("reasonType") ? json.get("reasonType").asText() : null,
                    json.hasNonNull("reason") ? json.get("reason").asText() : null);
        }
    }

    private Revision(String step) {
        this.step = step;
    }

    /** The revision of a step over a file's current values. */
    public static Revision of(String step, Catalogue catalogue, Map<String, JsonNode> values) {
        Revision revision = new Revision(step);
        for (PropertyPath.Uploads uploads : PropertyPath.Uploads.values()) {
            Reviewed kind = uploads == PropertyPath.Uploads.REQUIREMENT ? Reviewed.DOCUMENT : Reviewed.RECEIPT;
            String prefix = uploads.namespace() + ".";
            values.keySet().stream()
                    .filter(path -> path.startsWith(prefix) && values.get(path).isObject())
                    .sorted()
                    .forEach(path -> revision.add(
                            new StepReview(step, kind, path.substring(prefix.length())),
                            uploadName(catalogue, kind, path.substring(prefix.length())),
                            values));
        }
        for (FormSection section : catalogue.dataForms()) {
            if (hasValues(section, values)) {
                revision.add(new StepReview(step, Reviewed.SECTION, section.id()), section.name(), values);
            }
        }
        return revision;
    }

    private void add(StepReview path, Labels name, Map<String, JsonNode> values) {
        items.put(path.itemKey(), new Item(path, name, Mark.fromJson(values.get(path.format()))));
    }

    public String step() {
        return step;
    }

    public List<Item> items() {
        return List.copyOf(items.values());
    }

    /** The item a form or the API names as {@code documents.<requirement>}, {@code sections.<section>}…, if the file has it. */
    public Optional<Item> item(String key) {
        return Optional.ofNullable(items.get(key));
    }

    /** Whether every item is marked. */
    public boolean complete() {
        return items.values().stream().allMatch(item -> item.mark() != null);
    }

    /** Whether every item is marked valid: the step may be approved. */
    public boolean allValid() {
        return items.values().stream()
                .allMatch(item -> item.mark() != null && item.mark().valid());
    }

    /** The items marked invalid, in the page's order. */
    public List<Item> invalid() {
        List<Item> invalid = new ArrayList<>();
        items.values().stream().filter(Item::invalid).forEach(invalid::add);
        return invalid;
    }

    /** Whether the step may be sent back: everything reviewed, something invalid. */
    public boolean canSendBack() {
        return complete() && !invalid().isEmpty();
    }

    /** The path of the upload a document or receipt item judges ({@code requirementUploads.<id>} …); null for a section. */
    public static String uploadPath(StepReview item) {
        return switch (item.kind()) {
            case DOCUMENT -> PropertyPath.Uploads.REQUIREMENT.namespace() + "." + item.item();
            case RECEIPT -> PropertyPath.Uploads.PAYMENT_RECEIPT.namespace() + "." + item.item();
            case SECTION -> null;
        };
    }

    /**
     * Whether the investor uploaded another document or receipt since the item was marked invalid: it is corrected
     * and will be reviewed again once the file is resent.
     */
    public static boolean replacedSince(Item item, Map<String, JsonNode> values) {
        String upload = uploadPath(item.path());
        JsonNode mark = values.get(item.path().format());
        if (upload == null || mark == null || !mark.hasNonNull("sha256") || values.get(upload) == null) {
            return false;
        }
        return !mark.get("sha256")
                .asText()
                .equals(values.get(upload).path("sha256").asText());
    }

    /** At a revision step: approved only when everything is valid, sent back only when reviewed with something invalid. */
    void checkDecision(String decision) {
        if (decision.equals("approve") && !allValid()) {
            throw new InvalidValueException(
                    "review", "every document, receipt and data section must be marked valid before approving");
        }
        if (decision.equals("sendBack") && !canSendBack()) {
            throw new InvalidValueException(
                    "review", "a file is sent back when every item is reviewed and at least one is marked invalid");
        }
    }

    /**
     * The items the revision steps found invalid are reviewed again once the investor corrected them: the removals of
     * their marks, stored as the file is resent (the valid ones stay).
     */
    static List<Map.Entry<String, JsonNode>> reviewAgain(Catalogue catalogue, Map<String, JsonNode> values) {
        List<Map.Entry<String, JsonNode>> removals = new ArrayList<>();
        catalogue.processingSteps().stream().filter(step -> step.revision()).forEach(step -> of(
                        step.id(), catalogue, values)
                .invalid()
                .forEach(item ->
                        removals.add(new AbstractMap.SimpleEntry<>(item.path().format(), null))));
        return removals;
    }

    private static Labels uploadName(Catalogue catalogue, Reviewed kind, String id) {
        Optional<Labels> name = kind == Reviewed.DOCUMENT
                ? catalogue.requirements().stream()
                        .filter(r -> r.id().equals(id))
                        .map(r -> r.name())
                        .findFirst()
                : catalogue.costs().stream()
                        .filter(c -> c.id().equals(id))
                        .map(c -> c.name())
                        .findFirst();
        return name.orElseGet(() -> new Labels(Map.of("en", id)));
    }

    /** Whether a section holds a value of the file: one of its fields, or an entry of one of its lists. */
    static boolean hasValues(FormSection section, Map<String, JsonNode> values) {
        for (FormField field : section.fields()) {
            String path = PropertyPath.Forms.DATA.namespace() + "." + field.name();
            if (values.containsKey(path)) {
                return true;
            }
            if (!field.fields().isEmpty() && values.keySet().stream().anyMatch(key -> key.startsWith(path + "["))) {
                return true;
            }
        }
        return false;
    }
}

package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.derivation.DerivedSet;

/**
 * The form an officer fills in to approve a step: the fields the catalogue declares for it and, at a front desk step,
 * a checklist — each uploaded document's original seen ({@code original-<requirement>}), each certificate handed over
 * ({@code handedOver-<certificate>}) — every item of which must be ticked. The values are events of the file
 * ({@code steps.<step>.form.<field>}), stored with the approval.
 */
public final class StepForm {
    /** What an item of the form is: a declared field, or an item of the front desk's checklist. */
    public enum Kind {
        FIELD,
        ORIGINAL,
        HANDED_OVER
    }

    /** One item: its field (name, type, whether required) and, for a checklist item, the document or certificate. */
    public record Item(Kind kind, FormField field, Labels subject) {
        public PropertyPath.StepField path(String step) {
            return new PropertyPath.StepField(step, field.name());
        }
    }

    private final String step;
    private final List<Item> items;

    private StepForm(String step, List<Item> items) {
        this.step = step;
        this.items = List.copyOf(items);
    }

    /** The form of a step for a file with these values and derivation. */
    public static StepForm of(ProcessingStep step, Catalogue catalogue, FileView file) {
        List<Item> items = new ArrayList<>();
        step.fields().forEach(field -> items.add(new Item(Kind.FIELD, field, null)));
        if (step.frontDesk()) {
            String prefix = PropertyPath.Uploads.REQUIREMENT.namespace() + ".";
            file.values().keySet().stream()
                    .filter(path -> path.startsWith(prefix))
                    .sorted()
                    .map(path -> path.substring(prefix.length()))
                    .forEach(requirement -> items.add(new Item(
                            Kind.ORIGINAL,
                            tick("original-" + requirement),
                            catalogue.requirements().stream()
                                    .filter(r -> r.id().equals(requirement))
                                    .map(r -> r.name())
                                    .findFirst()
                                    .orElseGet(() -> new Labels(Map.of("en", requirement))))));
            List<String> certificates = file.derivation() == null
                    ? List.of()
                    : file.derivation().sets().getOrDefault(DerivedSet.CERTIFICATES_APPLICABLE.key(), List.of());
            catalogue.certificates().stream()
                    .filter(certificate -> certificates.contains(certificate.id()))
                    .forEach(certificate -> items.add(
                            new Item(Kind.HANDED_OVER, tick("handedOver-" + certificate.id()), certificate.name())));
        }
        return new StepForm(step.id(), items);
    }

    public List<Item> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Optional<Item> item(String name) {
        return items.stream().filter(item -> item.field().name().equals(name)).findFirst();
    }

    /**
     * The values to store with the approval, read as their types from what the officer sent ({@code given}, by field
     * name); every problem at once — a required field left empty, a checklist item not ticked, a value of the wrong
     * type, a field the form does not have.
     */
    Map<String, JsonNode> read(FileSchema schema, Map<String, JsonNode> given) {
        List<InvalidValueException> problems = new ArrayList<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        given.keySet().stream()
                .filter(name -> item(name).isEmpty())
                .forEach(name -> problems.add(new InvalidValueException(name, "is not a field of this step's form")));
        for (Item item : items) {
            String name = item.field().name();
            JsonNode value = given.get(name);
            boolean empty = value == null
                    || value.isNull()
                    || value.isTextual() && value.asText().isBlank();
            try {
                if (item.kind() != Kind.FIELD && (empty || !value.asBoolean(false))) {
                    throw new InvalidValueException(name, "must be ticked to approve the step");
                }
                if (empty) {
                    if (item.field().required()) {
                        throw new InvalidValueException(name, "is required to approve the step");
                    }
                    continue;
                }
                Object typed = schema.readStepField(item.path(step), item.field(), value);
                values.put(item.path(step).format(), CheckedChanges.json(typed));
            } catch (InvalidValueException e) {
                problems.add(e.at(name));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidChangesException(problems);
        }
        return values;
    }

    private static FormField tick(String name) {
        return new FormField(
                name,
                new Labels(Map.of()),
                FieldType.YES_NO,
                true,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                0);
    }
}

package org.eregistrations.web.partb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.config.catalogue.Option;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.StepForm;
import org.eregistrations.web.site.MalformedFormException;
import org.eregistrations.web.site.Texts;

/** A step's form ({@link StepForm}) as the decision form shows it and reads it back: inputs named {@code field.<name>}. */
final class StepFormViews {
    private static final String PREFIX = "field.";
    /** More fields than any step's form has is no form of ours. */
    private static final int MOST_FIELDS = 500;

    private StepFormViews() {}

    /** One input: its name, label, type ({@code text}, {@code yesNo}, {@code date} …), value and problem. */
    record FieldView(
            String name,
            String label,
            String type,
            boolean required,
            List<OptionView> options,
            String value,
            String problem) {
        public boolean checked() {
            return "true".equals(value);
        }
    }

    /** A choice's option. */
    record OptionView(String id, String label) {}

    static List<FieldView> of(
            StepForm form,
            FileView file,
            String step,
            String lang,
            Map<String, String> entered,
            Map<String, String> problems) {
        return form.items().stream()
                .map(item -> {
                    String name = item.field().name();
                    JsonNode stored = file.values().get(item.path(step).format());
                    String value =
                            entered.containsKey(name) ? entered.get(name) : stored == null ? null : stored.asText();
                    return new FieldView(
                            name,
                            label(item, lang),
                            item.field().type().yamlName(),
                            item.field().required(),
                            item.field().options().stream()
                                    .map((Option option) -> new OptionView(
                                            option.id(), option.label().in(lang)))
                                    .toList(),
                            value,
                            problems.containsKey(name) ? problem(problems.get(name), lang) : null);
                })
                .toList();
    }

    private static String label(StepForm.Item item, String lang) {
        return switch (item.kind()) {
            case FIELD -> item.field().label().in(lang);
            case ORIGINAL -> Texts.get(
                    lang, "stepform_original", "document", item.subject().in(lang));
            case HANDED_OVER -> Texts.get(
                    lang, "stepform_handed_over", "certificate", item.subject().in(lang));
        };
    }

    private static String problem(String message, String lang) {
        if (message.contains("ticked")) {
            return Texts.get(lang, "stepform_tick");
        }
        return Texts.get(lang, message.contains("required") ? "stepform_required" : "stepform_invalid");
    }

    /** The step form's values as a decision form posted them, by field name. */
    static Map<String, String> entered(MultivaluedMap<String, String> form) {
        Map<String, String> entered = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (key.startsWith(PREFIX) && values != null && !values.isEmpty()) {
                entered.put(key.substring(PREFIX.length()), values.get(0).strip());
            }
        });
        if (entered.size() > MOST_FIELDS) {
            throw new MalformedFormException("too many fields");
        }
        return entered;
    }

    /** The values as JSON text, read as their types by the step's form. */
    static Map<String, JsonNode> json(Map<String, String> entered) {
        Map<String, JsonNode> json = new LinkedHashMap<>();
        entered.forEach((name, value) -> json.put(name, JsonNodeFactory.instance.textNode(value)));
        return json;
    }
}

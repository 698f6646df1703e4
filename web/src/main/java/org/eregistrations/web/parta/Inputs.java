package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.config.catalogue.Option;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.site.Texts;

/**
 * Builds the inputs of the guide and the forms: the stored value, or what the visitor entered in a post that was
 * refused, with its options in the visitor's language and the problem to show next to it.
 */
final class Inputs {
    private final FileView file;
    private final Catalogue catalogue;
    private final String lang;

    Inputs(FileView file, Catalogue catalogue, String lang) {
        this.file = file;
        this.catalogue = catalogue;
        this.lang = lang;
    }

    Input input(
            String path,
            String id,
            String label,
            FieldType type,
            List<Option> options,
            boolean required,
            FormField field,
            Map<String, String> entered,
            Map<String, String> problems) {
        String value = entered.containsKey(path)
                ? entered.get(path)
                : text(file.values().get(path));
        List<Input.Choice> choices = type == FieldType.YES_NO
                ? List.of(
                        new Input.Choice("true", Texts.get(lang, "yes"), "true".equals(value)),
                        new Input.Choice("false", Texts.get(lang, "no"), "false".equals(value)))
                : options.stream()
                        .map(o -> new Input.Choice(o.id(), o.label().in(lang), o.id().equals(value)))
                        .toList();
        Integer maxLength = field != null && field.type() == FieldType.TEXT && field.max() != null
                ? field.max().intValue()
                : null;
        return new Input(path, id, label, type.yamlName(), value, choices, required, maxLength, problems.get(path));
    }

    /** The name of a document of the catalogue; its id when the catalogue does not name it. */
    Labels documentName(String id) {
        return catalogue.documents().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .map(d -> d.name())
                .orElse(new Labels(Map.of("en", id)));
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.asText();
    }
}

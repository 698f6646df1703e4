package org.eregistrations.config.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.eregistrations.config.yaml.Problems;
import org.eregistrations.config.yaml.YamlMap;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code service.yaml} into a {@link Catalogue}, reporting shape errors with their line. */
public final class CatalogueReader {
    static final List<String> DEFAULT_LANGUAGES = List.of("en", "es");
    private static final List<String> APPLICABILITY = List.of("auto", "always", "rules");

    private CatalogueReader() {}

    public static Catalogue read(String file, Node root, Problems problems) {
        YamlMap yaml = YamlMap.of(file, root, problems, "service.yaml")
                .allowOnly(
                        "service.yaml",
                        "id",
                        "name",
                        "languages",
                        "onlinePayment",
                        "currency",
                        "affidavit",
                        "institutions",
                        "questions",
                        "registrations",
                        "certificates",
                        "requirements",
                        "documents",
                        "costs",
                        "dataForms",
                        "submissionForms",
                        "processingSteps",
                        "computed",
                        "roles",
                        "certificateHolder",
                        "fileTitle",
                        "limits");
        List<String> languages = yaml.has("languages") ? yaml.strings("languages") : DEFAULT_LANGUAGES;
        Catalogue catalogue = new Catalogue(
                yaml.requiredString("id", "service"),
                labels(yaml, "name"),
                languages,
                yaml.bool("onlinePayment", false),
                ServiceSettings.currency(yaml),
                labels(yaml, "affidavit"),
                each(
                        yaml,
                        "institutions",
                        (id, item) -> new Institution(
                                id, labels(item.allowOnly("institution " + id, "name"), "name"), item.line())),
                each(yaml, "questions", CatalogueReader::question),
                each(yaml, "registrations", CatalogueReader::registration),
                each(yaml, "certificates", (id, item) -> {
                    item.allowOnly("certificate " + id, "name", "institution", "number", "template");
                    return new Certificate(
                            id,
                            labels(item, "name"),
                            item.string("institution").orElse(null),
                            item.string("number").orElse(null),
                            item.string("template").orElse(null),
                            item.line());
                }),
                each(yaml, "requirements", (id, item) -> {
                    item.allowOnly("requirement " + id, "name", "upload", "documents");
                    return new Requirement(
                            id,
                            labels(item, "name"),
                            item.bool("upload", true),
                            item.strings("documents"),
                            item.line());
                }),
                each(
                        yaml,
                        "documents",
                        (id, item) -> new Document(
                                id, labels(item.allowOnly("document " + id, "name"), "name"), item.line())),
                each(yaml, "costs", (id, item) -> {
                    item.allowOnly("cost " + id, "name", "amount", "receipt");
                    return new Cost(
                            id,
                            labels(item, "name"),
                            item.decimal("amount").orElse(BigDecimal.ZERO),
                            item.bool("receipt", true),
                            item.line());
                }),
                each(yaml, "dataForms", CatalogueReader::section),
                each(yaml, "submissionForms", CatalogueReader::section),
                each(yaml, "processingSteps", StepReader::step),
                each(yaml, "computed", CatalogueReader::computed),
                each(
                        yaml,
                        "roles",
                        (id, item) ->
                                new Role(id, labels(item.allowOnly("role " + id, "label"), "label"), item.line())),
                yaml.string("certificateHolder").orElse(null),
                yaml.strings("fileTitle"),
                ServiceSettings.limits(yaml.map("limits").allowOnly("limits", "maxLength", "maxEntries")),
                Map.of());
        ServiceSettings.checkPaths(catalogue, yaml, file, problems);
        return catalogue;
    }

    static <T> List<T> each(YamlMap yaml, String key, BiFunction<String, YamlMap, T> read) {
        List<T> items = new ArrayList<>();
        for (Map.Entry<String, YamlMap> child : yaml.children(key).entrySet()) {
            items.add(read.apply(child.getKey(), child.getValue()));
        }
        return items;
    }

    static Labels labels(YamlMap item, String key) {
        if (!item.has(key)) {
            return new Labels(Map.of());
        }
        return new Labels(item.map(key).scalars(key));
    }

    private static Question question(String id, YamlMap item) {
        item.allowOnly("question " + id, "label", "type", "options", "required", "min", "max");
        FieldType type = type(item, "question " + id);
        if (type == FieldType.LIST) {
            item.problems().error(item.file(), item.line("type"), "question " + id + ": a question cannot be a list");
        }
        return new Question(
                id,
                labels(item, "label"),
                type,
                options(item),
                item.bool("required", true),
                Bounds.min(item, "question " + id, type),
                Bounds.max(item, "question " + id, type),
                item.line());
    }

    private static ComputedValue computed(String name, YamlMap item) {
        item.allowOnly("computed value " + name, "label", "type");
        FieldType type = null;
        if (item.has("type")) {
            type = type(item, "computed value " + name);
            if (type == FieldType.LIST || type == FieldType.CHOICE || type == FieldType.EMAIL) {
                item.problems()
                        .error(
                                item.file(),
                                item.line("type"),
                                "computed value " + name + ": type must be one of text, number, integer, money, date,"
                                        + " yesNo, not " + type.yamlName());
                type = null;
            }
        }
        return new ComputedValue(name, labels(item, "label"), type, item.line());
    }

    private static Registration registration(String id, YamlMap item) {
        item.allowOnly(
                "registration " + id,
                "name",
                "mandatory",
                "applicable",
                "institution",
                "certificates",
                "requirements",
                "costs");
        return new Registration(
                id,
                labels(item, "name"),
                item.bool("mandatory", false),
                applicability(item, id),
                item.string("institution").orElse(null),
                item.strings("certificates"),
                item.strings("requirements"),
                item.strings("costs"),
                item.line());
    }

    private static FormSection section(String id, YamlMap item) {
        item.allowOnly("section " + id, "name", "applicable", "for", "fields");
        List<FormField> fields = each(item, "fields", CatalogueReader::field);
        return new FormSection(
                id, labels(item, "name"), applicability(item, id), item.strings("for"), fields, item.line());
    }

    static FormField field(String name, YamlMap item) {
        item.allowOnly(
                "field " + name, "label", "type", "required", "min", "max", "pattern", "options", "when", "fields");
        FieldType type = type(item, "field " + name);
        String whenField = null;
        List<String> whenValues = List.of();
        if (item.has("when")) {
            YamlMap when = item.map("when").allowOnly("field " + name + " when", "field", "is");
            whenField = when.requiredString("field", "field " + name + " when");
            whenValues = when.strings("is");
            if (whenValues.isEmpty()) {
                item.problems().error(item.file(), when.line(), "field " + name + " when: 'is' lists no value");
            }
        }
        List<FormField> entries = type == FieldType.LIST ? each(item, "fields", CatalogueReader::field) : List.of();
        if (type != FieldType.LIST && item.has("fields")) {
            item.problems().error(item.file(), item.line("fields"), "field " + name + ": only a list has fields");
        }
        return new FormField(
                name,
                labels(item, "label"),
                type,
                item.bool("required", false),
                Bounds.min(item, "field " + name, type),
                Bounds.max(item, "field " + name, type),
                item.string("pattern").orElse(null),
                options(item),
                whenField,
                whenValues,
                entries,
                item.line());
    }

    private static FieldType type(YamlMap item, String what) {
        String name = item.requiredString("type", what);
        return FieldType.named(name).orElseGet(() -> {
            if (!name.isEmpty()) {
                item.problems()
                        .error(
                                item.file(),
                                item.line("type"),
                                what + ": unknown type '" + name + "'; expected one of " + FieldType.names());
            }
            return FieldType.TEXT;
        });
    }

    private static List<Option> options(YamlMap item) {
        List<Option> options = new ArrayList<>();
        item.map("options")
                .keys()
                .forEach(id -> options.add(
                        new Option(id, new Labels(item.map("options").map(id).scalars("options." + id)))));
        return options;
    }

    static String applicability(YamlMap item, String id) {
        String value = item.string("applicable").orElse("auto");
        if (!APPLICABILITY.contains(value)) {
            item.problems()
                    .error(
                            item.file(),
                            item.line("applicable"),
                            id + ": applicable must be one of " + String.join(", ", APPLICABILITY) + ", not '" + value
                                    + "'");
        }
        return value;
    }
}

package org.eregistrations.web.configure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;

/**
 * A file's values at a moment laid out as its pages lay them out, with the labels of the catalogue of the rules active
 * then: the guide's answers, the registrations ticked, each data and submission form with its fields, the documents
 * and receipts; whatever no page shows (steps, decisions, entries of lists) under its path.
 */
public final class FileAtMoment {
    private FileAtMoment() {}

    /** A part of the file, as a page shows it. */
    public record Section(String title, List<Row> rows) {}

    /** A value with its label (its path when the catalogue has no label) and path. */
    public record Row(String label, String path, String value) {}

    static List<Section> of(Catalogue catalogue, Map<String, JsonNode> values, String language, Titles titles) {
        Map<String, JsonNode> left = new TreeMap<>(values);
        List<Section> sections = new ArrayList<>();
        List<Row> guide = new ArrayList<>();
        catalogue
                .questions()
                .forEach(q -> take(left, "guide." + q.id(), q.label().in(language), guide));
        catalogue
                .registrations()
                .forEach(r -> take(
                        left, "registrations." + r.id() + ".checked", r.name().in(language), guide));
        add(sections, titles.guide(), guide);
        for (FormSection form : catalogue.dataForms()) {
            add(sections, form.name().in(language), fields(form, "dataForms.", left, language));
        }
        for (FormSection form : catalogue.submissionForms()) {
            add(sections, form.name().in(language), fields(form, "submissionForms.", left, language));
        }
        List<Row> documents = new ArrayList<>();
        catalogue
                .requirements()
                .forEach(
                        r -> take(left, "requirementUploads." + r.id(), r.name().in(language), documents));
        catalogue
                .costs()
                .forEach(c ->
                        take(left, "paymentReceiptUploads." + c.id(), c.name().in(language), documents));
        add(sections, titles.documents(), documents);
        List<Row> other = new ArrayList<>();
        left.forEach((path, value) -> other.add(new Row(path, path, ConfiguredFiles.text(value))));
        add(sections, titles.other(), other);
        return sections;
    }

    /** The titles of the parts that are not forms of the catalogue, in the page's language. */
    record Titles(String guide, String documents, String other) {}

    private static List<Row> fields(FormSection form, String namespace, Map<String, JsonNode> left, String language) {
        List<Row> rows = new ArrayList<>();
        for (FormField field : form.fields()) {
            take(left, namespace + field.name(), field.label().in(language), rows);
        }
        return rows;
    }

    private static void take(Map<String, JsonNode> left, String path, String label, List<Row> rows) {
        JsonNode value = left.remove(path);
        if (value != null) {
            rows.add(new Row(label, path, ConfiguredFiles.text(value)));
        }
    }

    private static void add(List<Section> sections, String title, List<Row> rows) {
        if (!rows.isEmpty()) {
            sections.add(new Section(title, rows));
        }
    }
}

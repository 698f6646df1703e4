package org.eregistrations.web.parta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.web.file.DerivationView;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.PropertyPath.EntryValue;
import org.eregistrations.web.file.PropertyPath.FieldValue;
import org.eregistrations.web.file.PropertyPath.Forms;
import org.eregistrations.web.file.PropertyPath.Reviewed;
import org.eregistrations.web.site.ShownValues;

/**
 * The applicable sections of the data forms or the submission forms with their applicable fields, a list field
 * drawn as entries, and the values the rules computed from the data.
 */
final class FormViews {
    private final FileView file;
    private final Catalogue catalogue;
    private final DerivationView derived;
    private final Inputs inputs;
    private final String lang;
    private final CorrectionViews corrections;

    FormViews(Opened opened, String lang) {
        this.file = opened.file();
        this.catalogue = opened.catalogue();
        this.derived = opened.file().derivation();
        this.inputs = new Inputs(opened.file(), opened.catalogue(), lang);
        this.lang = lang;
        this.corrections = new CorrectionViews(opened, lang);
    }

    /** A form section with its inputs; a list field is drawn as entries. */
    /**
     * A form section with its inputs; in a file a revision sent back, {@code kept} when it was found valid (it stays as
     * reviewed) and the {@code correction} asked of it when it was found invalid.
     */
    record Section(String id, String name, List<Row> rows, boolean kept, String correction) {}

    /** A row of a section: one input, or a list with its entries. */
    record Row(Input input, ListField list) {}

    /** A list field (e.g. shareholders): entries of inputs, each removable, and one more to add. */
    record ListField(String name, String label, List<List<Input>> entries) {}

    /** A value the rules computed from the data. */
    record ComputedItem(String name, String value) {}

    /** The applicable sections of data forms or submission forms with their applicable fields. */
    List<Section> sections(
            boolean submission, Map<String, String> entered, Map<String, String> problems, Map<String, Integer> extra) {
        List<FormSection> forms = submission ? catalogue.submissionForms() : catalogue.dataForms();
        List<String> applicable =
                derived.sets().get(submission ? "submissionForms.applicable" : "dataForms.applicable");
        Set<String> fields = Set.copyOf(derived.sets().get("fields.applicable"));
        Forms kind = submission ? Forms.SUBMISSION : Forms.DATA;
        List<Section> sections = new ArrayList<>();
        for (FormSection form : forms) {
            if (!applicable.contains(form.id())) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (FormField field : form.fields()) {
                if (!fields.contains(field.name())) {
                    continue;
                }
                if (field.type() == FieldType.LIST) {
                    rows.add(new Row(null, list(kind, field, fields, entered, problems, extra)));
                } else {
                    rows.add(new Row(field(new FieldValue(kind, field.name()), field, entered, problems), null));
                }
            }
            sections.add(new Section(
                    form.id(),
                    form.name().in(lang),
                    rows,
                    !submission && corrections.kept(Reviewed.SECTION, form.id()),
                    submission ? null : corrections.reason(Reviewed.SECTION, form.id())));
        }
        return sections;
    }

    private ListField list(
            Forms kind,
            FormField list,
            Set<String> applicable,
            Map<String, String> entered,
            Map<String, String> problems,
            Map<String, Integer> extra) {
        int count = Math.max(
                entries(list.name()), list.min() == null ? 0 : list.min().intValue());
        count += extra.getOrDefault(list.name(), 0);
        // an entry the visitor typed into but that could not be stored (yet) is shown again with what was typed
        int typedInto = Math.min(highestEntry(entered.keySet(), list.name()) + 1, maxEntries(list));
        count = Math.max(Math.max(count, 1), typedInto);
        List<List<Input>> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Input> inputs = new ArrayList<>();
            for (FormField sub : list.fields()) {
                String name = list.name() + "." + sub.name();
                if (!applicable.contains(name) && !applicable.contains(list.name())) {
                    continue;
                }
                inputs.add(field(new EntryValue(kind, list.name(), i, sub.name()), sub, entered, problems));
            }
            entries.add(inputs);
        }
        return new ListField(list.name(), list.label().in(lang), entries);
    }

    private Input field(PropertyPath path, FormField field, Map<String, String> entered, Map<String, String> problems) {
        return inputs.input(
                path.format(),
                InputIds.of(path),
                field.label().in(lang),
                field.type(),
                field.options(),
                field.required(),
                field,
                entered,
                problems);
    }

    /** The most entries a list may have: its own {@code max}, else the service's limit. */
    private int maxEntries(FormField list) {
        return list.max() != null ? list.max().intValue() : catalogue.limits().maxEntries();
    }

    /** How many entries a list has stored: one more than the highest index with a value. */
    int entries(String list) {
        return highestEntry(file.values().keySet(), list) + 1;
    }

    /** The highest entry of a list among these paths; -1 when none is of that list. */
    private static int highestEntry(Collection<String> paths, String list) {
        int highest = -1;
        for (String path : paths) {
            if (path.startsWith(Forms.DATA.namespace())
                    && PropertyPath.find(path).orElse(null) instanceof EntryValue entry
                    && entry.list().equals(list)) {
                highest = Math.max(highest, entry.entry());
            }
        }
        return highest;
    }

    /** The property paths of every input of the sections. */
    static List<String> paths(List<Section> sections) {
        List<String> paths = new ArrayList<>();
        for (Section section : sections) {
            for (Row row : section.rows()) {
                if (row.input() != null) {
                    paths.add(row.input().name());
                } else {
                    row.list().entries().forEach(entry -> entry.forEach(input -> paths.add(input.name())));
                }
            }
        }
        return paths;
    }

    List<ComputedItem> computed() {
        List<ComputedItem> items = new ArrayList<>();
        derived.computed()
                .forEach((name, value) -> items.add(
                        new ComputedItem(computedLabel(name), ShownValues.computed(name, value, catalogue, lang))));
        return items;
    }

    /** The label the catalogue gives a computed value (or the field of that name); its name when it declares none. */
    private String computedLabel(String name) {
        return catalogue
                .computedValue(name)
                .map(value -> value.label().in(lang))
                .or(() -> catalogue.field(name).map(field -> field.label().in(lang)))
                .orElse(name);
    }
}

package org.eregistrations.web.partb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.Assignments;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.Revision;
import org.eregistrations.web.file.StepForm;
import org.eregistrations.web.site.ShownValues;
import org.eregistrations.web.site.Texts;

/** A sent file as the officer reviews it: its data-form values with their labels, its documents, its steps. */
final class ReviewViews {
    private static final Pattern ENTRY = Pattern.compile("\\[(\\d+)]\\.(.+)$");

    private final FileView file;
    private final Catalogue catalogue;
    private final String lang;

    ReviewViews(Opened opened, String lang) {
        this.file = opened.file();
        this.catalogue = opened.catalogue();
        this.lang = lang;
    }

    /** A data form section with its values. */
    record SectionItem(String id, String name, List<ValueItem> values) {}

    /** A value of the file with its label. */
    record ValueItem(String label, String value) {}

    /** A step of the file with its status, the decision taken and, if the officer may decide it now, its form. */
    record StepItem(
            String id,
            String name,
            String statusText,
            String decision,
            String reason,
            boolean decidable,
            String assignee,
            boolean takeable,
            RevisionViews revision,
            boolean resumable,
            List<StepFormViews.FieldView> form,
            List<String> reassignable,
            List<StepHistory.Line> history) {
        /** Whether the decision form offers approving: at a revision step only when everything is valid. */
        public boolean approvable() {
            return revision == null || revision.allValid();
        }

        /** Whether it offers sending back: at a revision step only when everything is reviewed, something invalid. */
        public boolean returnable() {
            return revision == null || revision.canSendBack();
        }
    }

    /** The values the rules computed from the data (as sent), labelled as the catalogue says; none without any. */
    List<ValueItem> computed() {
        List<ValueItem> items = new ArrayList<>();
        if (file.derivation() != null && file.derivation().computed() != null) {
            file.derivation()
                    .computed()
                    .forEach((name, value) -> items.add(new ValueItem(
                            catalogue
                                    .computedValue(name)
                                    .map(declared -> declared.label().in(lang))
                                    .or(() -> catalogue.field(name).map(field -> field.label()
                                            .in(lang)))
                                    .orElse(name),
                            ShownValues.computed(name, value, catalogue, lang))));
        }
        return items;
    }

    List<SectionItem> sections() {
        List<SectionItem> sections = new ArrayList<>();
        for (FormSection section : catalogue.dataForms()) {
            List<ValueItem> values = new ArrayList<>();
            for (FormField field : section.fields()) {
                String path = PropertyPath.Forms.DATA.namespace() + "." + field.name();
                if (field.fields().isEmpty()) {
                    value(field, file.values().get(path)).ifPresent(values::add);
                } else {
                    values.addAll(entries(field, path));
                }
            }
            if (!values.isEmpty()) {
                sections.add(new SectionItem(section.id(), section.name().in(lang), values));
            }
        }
        return sections;
    }

    /** The values of a list's entries, each labelled with the list, its entry number and the field. */
    private List<ValueItem> entries(FormField list, String path) {
        List<ValueItem> values = new ArrayList<>();
        file.values().keySet().stream()
                .filter(key -> key.startsWith(path + "["))
                .sorted()
                .forEach(key -> {
                    Matcher entry = ENTRY.matcher(key.substring(path.length()));
                    if (!entry.matches()) {
                        return;
                    }
                    list.fields().stream()
                            .filter(f -> f.name().equals(entry.group(2)))
                            .findFirst()
                            .ifPresent(field -> value(field, file.values().get(key))
                                    .ifPresent(v -> values.add(new ValueItem(
                                            list.label().in(lang) + " " + entry.group(1) + " · " + v.label(),
                                            v.value()))));
                });
        return values;
    }

    private Optional<ValueItem> value(FormField field, JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        if (value.isBoolean()) {
            text = Texts.get(lang, value.asBoolean() ? "review_yes" : "review_no");
        }
        String shown = text;
        String labelled = field.options().stream()
                .filter(option -> option.id().equals(shown))
                .findFirst()
                .map(option -> option.label().in(lang))
                .orElse(text);
        return Optional.of(new ValueItem(field.label().in(lang), labelled));
    }

    /**
     * The steps in stages: steps that wait for the same steps run in parallel and are shown side by side, in the
     * catalogue's order of their first step.
     */
    List<List<StepItem>> stages(List<StepItem> steps) {
        Map<List<String>, List<StepItem>> stages = new java.util.LinkedHashMap<>();
        for (StepItem step : steps) {
            List<String> after = catalogue.processingSteps().stream()
                    .filter(declared -> declared.id().equals(step.id()))
                    .findFirst()
                    .map(declared -> declared.after())
                    .orElse(List.of());
            stages.computeIfAbsent(after, key -> new ArrayList<>()).add(step);
        }
        return List.copyOf(stages.values());
    }

    List<StepItem> steps(Caller officer) {
        return steps(officer, Map.of(), null);
    }

    /** Who a dispatcher may give the file to at a step; none unless set ({@link #withOfficers}). */
    private Function<ProcessingStep, List<String>> officers = step -> List.of();

    /** Each step's history, by step; none unless set ({@link #withHistory}). */
    private Map<String, List<StepHistory.Line>> history = Map.of();

    ReviewViews withHistory(Map<String, List<StepHistory.Line>> history) {
        this.history = history;
        return this;
    }

    /** The views, offering a dispatcher the officers of each assignable step. */
    ReviewViews withOfficers(Function<ProcessingStep, List<String>> officers) {
        this.officers = officers;
        return this;
    }

    /**
     * The steps, a revision showing the marks a refused form sent where it sent them, and the step form of a refused
     * decision ({@code problem}) its entries and problems.
     */
    List<StepItem> steps(Caller officer, Map<String, Revision.Mark> entered, ReviewPage.Problem problem) {
        List<StepItem> items = new ArrayList<>();
        catalogue.processingSteps().forEach(step -> {
            String status = file.steps().get(step.id());
            if (status == null) {
                return;
            }
            JsonNode decision = file.values().get(new PropertyPath.StepDecision(step.id()).format());
            boolean waiting =
                    file.status() == FileStatus.SUBMITTED && file.pendingSteps().contains(step.id());
            boolean pending = waiting && officer.works(step);
            String assignee = Assignments.assignee(file, step.id()).orElse(null);
            items.add(new StepItem(
                    step.id(),
                    step.name().in(lang),
                    Texts.get(lang, "step_" + status),
                    null, // the status says what was decided
                    PropertyPath.StepDecision.currentReason(decision, status),
                    pending && (assignee == null || assignee.equals(officer.user())),
                    assignee,
                    pending && step.assignable() && assignee == null,
                    step.revision()
                            ? RevisionViews.of(Revision.of(step.id(), catalogue, file.values()), file, lang, entered)
                            : null,
                    file.status() == FileStatus.SUBMITTED
                            && status.equals("PAUSED")
                            && officer.works(step)
                            && (assignee == null || assignee.equals(officer.user())),
                    pending
                            ? StepFormViews.of(
                                    StepForm.of(step, catalogue, file),
                                    file,
                                    step.id(),
                                    lang,
                                    problem != null && problem.step().equals(step.id()) ? problem.entered() : Map.of(),
                                    problem != null && problem.step().equals(step.id()) ? problem.fields() : Map.of())
                            : List.of(),
                    waiting && Assignments.reassigns(officer, step) ? officers.apply(step) : List.of(),
                    history.getOrDefault(step.id(), List.of())));
        });
        return items;
    }
}

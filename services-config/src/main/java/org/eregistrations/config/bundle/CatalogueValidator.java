package org.eregistrations.config.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.config.catalogue.Option;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.config.catalogue.Registration;
import org.eregistrations.config.catalogue.ValueTypes;
import org.eregistrations.config.yaml.Problems;

/**
 * Checks a catalogue for what YAML cannot: references to ids that do not exist, a cycle among processing steps,
 * missing translations, field names used twice, certificate number patterns, a certificate issued by two steps.
 */
final class CatalogueValidator {
    private static final String FILE = BundleLoader.CATALOGUE_FILE;
    private final Catalogue catalogue;
    private final Problems problems;

    private CatalogueValidator(Catalogue catalogue, Problems problems) {
        this.catalogue = catalogue;
        this.problems = problems;
    }

    static void validate(Catalogue catalogue, Problems problems) {
        CatalogueValidator validator = new CatalogueValidator(catalogue, problems);
        validator.references();
        validator.fields();
        validator.stepCycles();
        validator.translations();
    }

    private void references() {
        Set<String> institutions = ids(catalogue.institutions().stream().map(i -> i.id()));
        Set<String> registrations = ids(catalogue.registrations().stream().map(Registration::id));
        Set<String> certificates = ids(catalogue.certificates().stream().map(c -> c.id()));
        Set<String> requirements = ids(catalogue.requirements().stream().map(r -> r.id()));
        Set<String> documents = ids(catalogue.documents().stream().map(d -> d.id()));
        Set<String> costs = ids(catalogue.costs().stream().map(c -> c.id()));
        Set<String> steps = ids(catalogue.processingSteps().stream().map(ProcessingStep::id));
        if (catalogue.registrations().isEmpty()) {
            problems.error(FILE, 1, "the service declares no registration");
        }
        for (Registration r : catalogue.registrations()) {
            String what = "registration '" + r.id() + "'";
            known(what, "institution", optional(r.institution()), institutions, r.line());
            known(what, "certificate", r.certificates(), certificates, r.line());
            known(what, "requirement", r.requirements(), requirements, r.line());
            known(what, "cost", r.costs(), costs, r.line());
        }
        catalogue
                .certificates()
                .forEach(c -> known(
                        "certificate '" + c.id() + "'",
                        "institution",
                        optional(c.institution()),
                        institutions,
                        c.line()));
        catalogue
                .requirements()
                .forEach(r -> known("requirement '" + r.id() + "'", "document", r.documents(), documents, r.line()));
        Stream.concat(catalogue.dataForms().stream(), catalogue.submissionForms().stream())
                .forEach(s -> known(
                        "section '" + s.id() + "'", "registration", s.forRegistrations(), registrations, s.line()));
        for (ProcessingStep step : catalogue.processingSteps()) {
            String what = "processing step '" + step.id() + "'";
            known(what, "processing step", step.after(), steps, step.line());
            known(what, "registration", step.forRegistrations(), registrations, step.line());
            known(what, "institution", optional(step.institution()), institutions, step.line());
            for (FormField field : step.fields()) {
                if (field.type() == FieldType.LIST || field.whenField() != null) {
                    problems.error(
                            FILE,
                            field.line(),
                            what + " field '" + field.name()
                                    + "': a step's form has plain fields (no list, no 'when')");
                }
            }
            known(what, "certificate", step.issues(), certificates, step.line());
        }
        CertificateChecks.validate(catalogue, problems);
        RoleChecks.validate(catalogue, problems);
    }

    private void fields() {
        Map<String, Integer> seen = new HashMap<>();
        for (FormField field : catalogue.allFields()) {
            Integer first = seen.putIfAbsent(field.name(), field.line());
            if (first != null) {
                problems.error(
                        FILE,
                        field.line(),
                        "field '" + field.name() + "' is declared twice (first at line " + first
                                + "); field names are unique across all forms of a service");
            }
        }
        Map<String, FormField> byName =
                catalogue.allFields().stream().collect(Collectors.toMap(FormField::name, f -> f, (a, b) -> a));
        for (FormField field : catalogue.allFields()) {
            String what = "field '" + field.name() + "'";
            if (field.type() == FieldType.CHOICE && field.options().isEmpty()) {
                problems.error(FILE, field.line(), what + ": a choice needs options");
            }
            if (field.pattern() != null) {
                ValueTypes.patternProblem(field.pattern())
                        .ifPresent(reason -> problems.error(
                                FILE, field.line(), what + ": pattern is not a regular expression: " + reason));
            }
            if (field.whenField() != null) {
                FormField condition = byName.get(field.whenField());
                if (condition == null) {
                    problems.error(
                            FILE, field.line(), what + ": when refers to unknown field '" + field.whenField() + "'");
                } else if (condition.type() == FieldType.CHOICE) {
                    Set<String> options = ids(condition.options().stream().map(Option::id));
                    known(what + " when", "option of " + condition.name(), field.whenValues(), options, field.line());
                }
            }
        }
        catalogue.questions().stream()
                .filter(q -> q.type() == FieldType.CHOICE && q.options().isEmpty())
                .forEach(q -> problems.error(FILE, q.line(), "question '" + q.id() + "': a choice needs options"));
    }

    private void stepCycles() {
        Map<String, ProcessingStep> steps = new HashMap<>();
        catalogue.processingSteps().forEach(step -> steps.put(step.id(), step));
        Set<String> done = new HashSet<>();
        for (ProcessingStep step : catalogue.processingSteps()) {
            List<String> path = new ArrayList<>();
            if (cycleFrom(step.id(), steps, path, new HashSet<>(), done)) {
                problems.error(FILE, step.line(), "processing steps form a cycle: " + String.join(" after ", path));
                return;
            }
        }
    }

    private boolean cycleFrom(
            String id, Map<String, ProcessingStep> steps, List<String> path, Set<String> onPath, Set<String> done) {
        path.add(id);
        if (!onPath.add(id)) {
            return true;
        }
        if (done.contains(id) || !steps.containsKey(id)) {
            path.remove(path.size() - 1);
            onPath.remove(id);
            return false;
        }
        for (String before : steps.get(id).after()) {
            if (cycleFrom(before, steps, path, onPath, done)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
        done.add(id);
        return false;
    }

    private void translations() {
        translated("service name", catalogue.name(), 1);
        translated("affidavit", catalogue.affidavit(), 1);
        catalogue.institutions().forEach(i -> translated("institution '" + i.id() + "' name", i.name(), i.line()));
        catalogue.questions().forEach(q -> {
            translated("question '" + q.id() + "' label", q.label(), q.line());
            q.options()
                    .forEach(o -> translated("question '" + q.id() + "' option '" + o.id() + "'", o.label(), q.line()));
        });
        catalogue.registrations().forEach(r -> translated("registration '" + r.id() + "' name", r.name(), r.line()));
        catalogue.certificates().forEach(c -> translated("certificate '" + c.id() + "' name", c.name(), c.line()));
        catalogue.requirements().forEach(r -> translated("requirement '" + r.id() + "' name", r.name(), r.line()));
        catalogue.documents().forEach(d -> translated("document '" + d.id() + "' name", d.name(), d.line()));
        catalogue.costs().forEach(c -> translated("cost '" + c.id() + "' name", c.name(), c.line()));
        Stream.concat(catalogue.dataForms().stream(), catalogue.submissionForms().stream())
                .forEach(this::translatedSection);
        catalogue
                .processingSteps()
                .forEach(s -> translated("processing step '" + s.id() + "' name", s.name(), s.line()));
        catalogue.roles().forEach(r -> translated("role '" + r.id() + "' label", r.label(), r.line()));
        catalogue.computed().forEach(c -> translated("computed value '" + c.name() + "' label", c.label(), c.line()));
    }

    private void translatedSection(FormSection section) {
        translated("section '" + section.id() + "' name", section.name(), section.line());
        for (FormField field : catalogue.allFields()) {
            if (section.fields().stream()
                    .anyMatch(f -> field.name().equals(f.name()) || field.name().startsWith(f.name() + "."))) {
                translated("field '" + field.name() + "' label", field.label(), field.line());
                field.options()
                        .forEach(o -> translated(
                                "field '" + field.name() + "' option '" + o.id() + "'", o.label(), field.line()));
            }
        }
    }

    private void translated(String what, Labels labels, int line) {
        for (String language : labels.byLanguage().keySet()) {
            if (!catalogue.languages().contains(language)) {
                problems.error(
                        FILE,
                        line,
                        what + " has text in '" + language + "', which is not a language of the"
                                + " service (" + String.join(", ", catalogue.languages())
                                + "); a comma inside {...} needs"
                                + " quotes");
            }
        }
        for (String language : catalogue.languages()) {
            String text = labels.byLanguage().get(language);
            if (text == null || text.isBlank()) {
                problems.error(FILE, line, what + " has no '" + language + "' translation");
            }
        }
    }

    private void known(String what, String kind, List<String> ids, Set<String> declared, int line) {
        for (String id : ids) {
            if (!declared.contains(id)) {
                problems.error(FILE, line, what + " refers to unknown " + kind + " '" + id + "'");
            }
        }
    }

    private static List<String> optional(String id) {
        return id == null ? List.of() : List.of(id);
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.collect(Collectors.toSet());
    }
}

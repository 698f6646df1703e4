package org.eregistrations.config.bundle;

import java.util.List;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.config.catalogue.Question;
import org.eregistrations.config.catalogue.Registration;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.model.FieldDecl;
import org.eregistrations.engine.model.ServiceModel;
import org.eregistrations.engine.ruleset.DerivedRef;
import org.eregistrations.engine.ruleset.RuleInfo;

/**
 * Turns a catalogue into the engine's {@link ServiceModel}. What the rules read and derive decides the defaults: a
 * question is asked when a rule reads it, and a registration, form section or step that no rule derives applicable
 * (and that no registration brings) applies always.
 */
final class ServiceModels {
    private ServiceModels() {}

    static ServiceModel from(Catalogue catalogue, List<RuleInfo> rules) {
        ServiceModel.Builder model = ServiceModel.builder(catalogue.id());
        for (Question question : catalogue.questions()) {
            model.question(
                    question.id(),
                    rules.stream().anyMatch(rule -> rule.answersRead().contains(question.id())),
                    question.required());
        }
        for (Registration r : catalogue.registrations()) {
            model.registration(
                    r.id(), r.mandatory(), always(r.applicable(), List.of(), Kind.REGISTRATION, r.id(), rules));
        }
        catalogue.certificates().forEach(c -> model.certificate(c.id()));
        catalogue.requirements().forEach(r -> model.requirement(r.id(), r.upload(), r.documents()));
        catalogue.costs().forEach(c -> model.cost(c.id(), c.amount(), c.receipt() && !catalogue.onlinePayment()));
        for (Registration r : catalogue.registrations()) {
            r.certificates().forEach(id -> model.resolves(r.id(), Kind.CERTIFICATE, id));
            r.requirements().forEach(id -> model.resolves(r.id(), Kind.REQUIREMENT, id));
            r.costs().forEach(id -> model.resolves(r.id(), Kind.COST, id));
        }
        sections(model, Kind.DATA_FORM, catalogue.dataForms(), rules);
        sections(model, Kind.SUBMISSION_FORM, catalogue.submissionForms(), rules);
        for (ProcessingStep step : catalogue.processingSteps()) {
            model.section(
                    Kind.PROCESSING_STEP,
                    step.id(),
                    always(step.applicable(), step.forRegistrations(), Kind.PROCESSING_STEP, step.id(), rules));
            step.forRegistrations().forEach(r -> model.resolves(r, Kind.PROCESSING_STEP, step.id()));
        }
        return model.build();
    }

    private static void sections(
            ServiceModel.Builder model, Kind kind, List<FormSection> sections, List<RuleInfo> rules) {
        for (FormSection section : sections) {
            model.section(
                    kind,
                    section.id(),
                    always(section.applicable(), section.forRegistrations(), kind, section.id(), rules));
            section.forRegistrations().forEach(r -> model.resolves(r, kind, section.id()));
            for (FormField field : section.fields()) {
                model.field(decl(kind, section.id(), null, field));
                for (FormField entry : field.fields()) {
                    String qualified = field.name() + "." + entry.name();
                    String when = entry.whenField() == null ? null : field.name() + "." + entry.whenField();
                    model.field(new FieldDecl(
                            qualified,
                            kind,
                            section.id(),
                            field.name(),
                            false,
                            entry.required(),
                            0,
                            when,
                            entry.whenValues()));
                }
            }
        }
    }

    private static FieldDecl decl(Kind kind, String form, String list, FormField field) {
        boolean isList = field.type() == FieldType.LIST;
        int min = isList && field.min() != null ? field.min().intValue() : 0;
        if (isList && field.required() && min == 0) {
            min = 1;
        }
        return new FieldDecl(
                field.name(), kind, form, list, isList, field.required(), min, field.whenField(), field.whenValues());
    }

    /** Whether the core should derive this member applicable by itself. */
    private static boolean always(
            String applicable, List<String> forRegistrations, Kind kind, String id, List<RuleInfo> rules) {
        return switch (applicable) {
            case "always" -> true;
            case "rules" -> false;
            default -> forRegistrations.isEmpty() && !derivedByRules(kind, id, rules);
        };
    }

    private static boolean derivedByRules(Kind kind, String id, List<RuleInfo> rules) {
        return rules.stream()
                .flatMap(rule -> rule.derives().stream())
                .anyMatch((DerivedRef ref) -> ref.factType().equals("Applicable")
                        && ref.kind() == kind
                        && ref.id().equals(id));
    }
}

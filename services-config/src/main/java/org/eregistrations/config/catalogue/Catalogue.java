package org.eregistrations.config.catalogue;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** A service's catalogue as its configurator declared it in {@code service.yaml}: every member of every map. */
public record Catalogue(
        String id,
        Labels name,
        List<String> languages,
        boolean onlinePayment,
        String currency,
        Labels affidavit,
        List<Institution> institutions,
        List<Question> questions,
        List<Registration> registrations,
        List<Certificate> certificates,
        List<Requirement> requirements,
        List<Document> documents,
        List<Cost> costs,
        List<FormSection> dataForms,
        List<FormSection> submissionForms,
        List<ProcessingStep> processingSteps,
        List<ComputedValue> computed,
        List<Role> roles,
        String certificateHolder,
        List<String> fileTitle,
        Limits limits,
        Map<String, String> templates) {
    public Catalogue {
        languages = List.copyOf(languages);
        institutions = List.copyOf(institutions);
        questions = List.copyOf(questions);
        registrations = List.copyOf(registrations);
        certificates = List.copyOf(certificates);
        requirements = List.copyOf(requirements);
        documents = List.copyOf(documents);
        costs = List.copyOf(costs);
        computed = List.copyOf(computed);
        roles = List.copyOf(roles);
        dataForms = List.copyOf(dataForms);
        submissionForms = List.copyOf(submissionForms);
        processingSteps = List.copyOf(processingSteps);
        fileTitle = List.copyOf(fileTitle);
        Objects.requireNonNull(limits, "limits must not be null");
        templates = Map.copyOf(templates);
    }

    /** The currency of the service's amounts ({@code currency}, an ISO 4217 code), if declared. */
    public Optional<Currency> currencyOfAmounts() {
        return Optional.ofNullable(currency).map(Currency::getInstance);
    }

    /** This catalogue with the text of its certificates' templates, by their path in the bundle. */
    public Catalogue withTemplates(Map<String, String> texts) {
        return new Catalogue(
                id,
                name,
                languages,
                onlinePayment,
                currency,
                affidavit,
                institutions,
                questions,
                registrations,
                certificates,
                requirements,
                documents,
                costs,
                dataForms,
                submissionForms,
                processingSteps,
                computed,
                roles,
                certificateHolder,
                fileTitle,
                limits,
                texts);
    }

    public Optional<Certificate> certificate(String id) {
        return certificates.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The Qute/HTML text a certificate is printed from; empty when it has no template. */
    public Optional<String> template(Certificate certificate) {
        return certificate.templatePath().map(templates::get);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Every field of every data and submission form, list entries' fields named {@code <list>.<field>}. */
    public List<FormField> allFields() {
        List<FormField> all = new ArrayList<>();
        Stream.concat(dataForms.stream(), submissionForms.stream()).forEach(section -> {
            for (FormField field : section.fields()) {
                all.add(field);
                field.fields().forEach(entry -> all.add(qualified(field, entry)));
            }
        });
        return all;
    }

    /** The computed value of this name, as the catalogue declares it. */
    public Optional<ComputedValue> computedValue(String name) {
        return computed.stream().filter(value -> value.name().equals(name)).findFirst();
    }

    /** The role of this id, as the catalogue declares it under {@code roles}. */
    public Optional<Role> role(String id) {
        return roles.stream().filter(role -> role.id().equals(id)).findFirst();
    }

    /** A role's label in a language; its id when the catalogue gives it none. */
    public String roleLabel(String id, String language) {
        return role(id).map(role -> role.label().in(language))
                .filter(label -> !label.isBlank())
                .orElse(id);
    }

    /** The path of the value that names a certificate's holder (e.g. {@code dataForms.companyName}), if declared. */
    public Optional<String> certificateHolderPath() {
        return Optional.ofNullable(certificateHolder);
    }

    /**
     * The paths of the values that title a file in the investor's and officers' lists, the first one with a value
     * winning (e.g. {@code dataForms.tradeName} then {@code dataForms.traderName}); empty when not declared.
     */
    public List<String> fileTitlePaths() {
        return fileTitle;
    }

    public Optional<FormField> field(String name) {
        return allFields().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static FormField qualified(FormField list, FormField entry) {
        return new FormField(
                list.name() + "." + entry.name(),
                entry.label(),
                entry.type(),
                entry.required(),
                entry.min(),
                entry.max(),
                entry.pattern(),
                entry.options(),
                entry.whenField() == null ? null : list.name() + "." + entry.whenField(),
                entry.whenValues(),
                List.of(),
                entry.line());
    }
}

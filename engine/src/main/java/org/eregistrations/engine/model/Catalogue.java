package org.eregistrations.engine.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eregistrations.engine.fact.Kind;

/**
 * The catalogue as the core rules look it up (their global {@code catalogue}): declarations by id, shared by every
 * session of a ruleset, so a session joins no catalogue fact and holds none in its working memory. Read-only; a
 * service's own rules cannot name it (the rule sandbox refuses names it does not know).
 */
public final class Catalogue {
    private final List<ItemDecl> alwaysApplicable = new ArrayList<>();
    private final Map<String, RegistrationDecl> registrations = new HashMap<>();
    private final Map<String, List<Resolves>> requirementsResolvedBy = new HashMap<>();
    private final Map<String, List<Resolves>> othersResolvedBy = new HashMap<>();
    private final Map<String, CostDecl> costs = new HashMap<>();
    private final Map<String, RequirementDecl> requirements = new HashMap<>();
    private final Map<String, FieldDecl> fields = new HashMap<>();
    private final Map<String, List<FieldDecl>> fieldsOfSection = new HashMap<>();
    private final Map<String, List<FieldDecl>> conditionalFieldsOfSection = new HashMap<>();
    private final Set<String> requiredQuestions = new HashSet<>();

    private Catalogue(List<Object> facts) {
        for (Object fact : facts) {
            if (fact instanceof ItemDecl item && item.always()) {
                alwaysApplicable.add(item);
            } else if (fact instanceof RegistrationDecl registration) {
                registrations.put(registration.id(), registration);
            } else if (fact instanceof Resolves resolves) {
                (resolves.kind() == Kind.REQUIREMENT ? requirementsResolvedBy : othersResolvedBy)
                        .computeIfAbsent(resolves.registration(), r -> new ArrayList<>())
                        .add(resolves);
            } else if (fact instanceof CostDecl cost) {
                costs.put(cost.id(), cost);
            } else if (fact instanceof RequirementDecl requirement) {
                requirements.put(requirement.id(), requirement);
            } else if (fact instanceof FieldDecl field) {
                fields.put(field.name(), field);
                (field.whenField() == null ? fieldsOfSection : conditionalFieldsOfSection)
                        .computeIfAbsent(section(field.formKind(), field.form()), s -> new ArrayList<>())
                        .add(field);
            } else if (fact instanceof QuestionDecl question && question.required()) {
                requiredQuestions.add(question.id());
            }
        }
    }

    /** The lookups of a service's catalogue facts ({@link ServiceModel#facts()}). */
    public static Catalogue of(List<Object> facts) {
        return new Catalogue(List.copyOf(facts));
    }

    /** The members declared always applicable (asked questions among them). */
    public List<ItemDecl> alwaysApplicable() {
        return alwaysApplicable;
    }

    public boolean declaresRegistrations() {
        return !registrations.isEmpty();
    }

    public boolean isMandatory(String registration) {
        RegistrationDecl decl = registrations.get(registration);
        return decl != null && decl.mandatory();
    }

    /** Whether this is the service's only registration. */
    public boolean isSole(String registration) {
        RegistrationDecl decl = registrations.get(registration);
        return decl != null && decl.sole();
    }

    /**
     * The requirements a requested registration resolves. Each rule's lookup returns only what the rule derives from:
     * every member of a {@code from} takes a fact handle and tuples in each session.
     */
    public List<Resolves> requirementsResolvedBy(String registration) {
        return requirementsResolvedBy.getOrDefault(registration, List.of());
    }

    /** The certificates, costs, form sections and steps a requested registration brings with it. */
    public List<Resolves> othersResolvedBy(String registration) {
        return othersResolvedBy.getOrDefault(registration, List.of());
    }

    /** Whether a cost's declared amount is not zero. */
    public boolean declaresAmount(String cost) {
        CostDecl decl = costs.get(cost);
        return decl != null && decl.amount().signum() != 0;
    }

    public BigDecimal declaredAmount(String cost) {
        return costs.get(cost).amount();
    }

    public boolean asksReceipt(String cost) {
        CostDecl decl = costs.get(cost);
        return decl != null && decl.receipt();
    }

    public boolean asksUpload(String requirement) {
        RequirementDecl decl = requirements.get(requirement);
        return decl != null && decl.upload();
    }

    public boolean offersChoice(String requirement) {
        RequirementDecl decl = requirements.get(requirement);
        return decl != null && decl.choice();
    }

    /** Whether a requirement offers this document among its choices. */
    public boolean offers(String requirement, String document) {
        RequirementDecl decl = requirements.get(requirement);
        return decl != null && decl.documents().contains(document);
    }

    public boolean requiresAnswer(String question) {
        return requiredQuestions.contains(question);
    }

    /** Whether a form section has fields shown without a condition; {@code kind} is that of the section. */
    public boolean hasFields(Kind kind, String section) {
        return fieldsOfSection.containsKey(section(kind, section));
    }

    /** The fields of a form section shown without a condition, in catalogue order. */
    public List<FieldDecl> fieldsOf(Kind kind, String section) {
        return fieldsOfSection.getOrDefault(section(kind, section), List.of());
    }

    /** Whether a form section has fields shown while another field has one of some values. */
    public boolean hasConditionalFields(Kind kind, String section) {
        return conditionalFieldsOfSection.containsKey(section(kind, section));
    }

    /** The fields of a form section shown while another field has one of some values, in catalogue order. */
    public List<FieldDecl> conditionalFieldsOf(Kind kind, String section) {
        return conditionalFieldsOfSection.getOrDefault(section(kind, section), List.of());
    }

    /** Whether a field outside any list is required. */
    public boolean requiresValue(String field) {
        FieldDecl decl = fields.get(field);
        return decl != null && decl.required() && decl.list() == null && !decl.listField();
    }

    /** Whether a field of a list's entries is required in each entry. */
    public boolean requiresEntryValue(String field) {
        FieldDecl decl = fields.get(field);
        return decl != null && decl.required() && decl.list() != null;
    }

    /** The list a field of a list's entries belongs to. */
    public String listOf(String field) {
        return fields.get(field).list();
    }

    /** The fewest entries a list field must have; 0 for a field that is not a list. */
    public int minimumEntries(String field) {
        FieldDecl decl = fields.get(field);
        return decl != null && decl.listField() ? decl.min() : 0;
    }

    private static String section(Kind kind, String section) {
        return kind.name() + ':' + section;
    }
}

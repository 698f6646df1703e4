package org.eregistrations.engine.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivationException;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.Amount;
import org.eregistrations.engine.fact.Applicable;
import org.eregistrations.engine.fact.Computed;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.fact.Mandatory;
import org.eregistrations.engine.fact.Missing;
import org.eregistrations.engine.fact.Payable;
import org.eregistrations.engine.fact.Requested;
import org.eregistrations.engine.fact.Resolved;
import org.eregistrations.engine.model.FieldDecl;
import org.eregistrations.engine.model.ServiceModel;

/** Turns the derived facts of a session into a {@link Derivation}, checking them against the catalogue. */
final class Readout {
    private final RuleSet ruleSet;
    private final ServiceModel model;
    private final Map<Kind, Set<String>> applicable = new EnumMap<>(Kind.class);
    private final Set<String> mandatory = new HashSet<>();
    private final Set<String> requested = new HashSet<>();
    private final Set<String> resolved = new HashSet<>();
    private final Map<String, BigDecimal> computedAmounts = new LinkedHashMap<>();
    private final Set<String> payable = new HashSet<>();
    private final Map<String, Object> computed = new TreeMap<>();
    private final List<Missing> missing = new ArrayList<>();

    private Readout(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.model = ruleSet.model();
    }

    static Derivation read(RuleSet ruleSet, List<Object> derivedFacts, FileValues values) {
        Readout readout = new Readout(ruleSet);
        derivedFacts.forEach(readout::take);
        return readout.derivation(values);
    }

    private void take(Object fact) {
        if (fact instanceof Applicable a) {
            applicable.computeIfAbsent(a.kind(), k -> new HashSet<>()).add(declared(a.kind(), a.id(), a));
        } else if (fact instanceof Mandatory m) {
            mandatory.add(declared(Kind.REGISTRATION, m.registration(), m));
        } else if (fact instanceof Requested r) {
            requested.add(declared(Kind.REGISTRATION, r.registration(), r));
        } else if (fact instanceof Resolved r) {
            resolved.add(declared(Kind.REQUIREMENT, r.requirement(), r));
        } else if (fact instanceof Amount a) {
            putAgreeing(computedAmounts, declared(Kind.COST, a.cost(), a), a.amount(), "amounts of cost");
        } else if (fact instanceof Payable p) {
            payable.add(p.cost());
        } else if (fact instanceof Computed c) {
            putAgreeing(computed, c.name(), c.value(), "values of computed property");
        } else if (fact instanceof Missing m) {
            missing.add(m);
        } else {
            throw new IllegalStateException("not a derived fact: " + fact);
        }
    }

    private String declared(Kind kind, String id, Object fact) {
        if (!model.declares(kind, id)) {
            throw new DerivationException("a rule derived " + fact + " but the catalogue declares no "
                    + kind.namespace() + " '" + id + "'" + ruleSet.rulesDeriving(kind, id));
        }
        return id;
    }

    private static <V> void putAgreeing(Map<String, V> map, String key, V value, String what) {
        V before = map.putIfAbsent(key, value);
        if (before != null && !before.equals(value)) {
            throw new DerivationException(
                    "rules derived two different " + what + " '" + key + "': " + before + " and " + value);
        }
    }

    private Derivation derivation(FileValues values) {
        Map<Kind, List<String>> orderedByKind = new EnumMap<>(Kind.class);
        applicable.forEach((kind, ids) -> orderedByKind.put(kind, ordered(kind, ids)));
        Map<DerivedSet, List<String>> sets = new EnumMap<>(DerivedSet.class);
        for (DerivedSet set : DerivedSet.values()) {
            sets.put(set, orderedByKind.getOrDefault(set.kind(), List.of()));
        }
        List<String> registrations = sets.get(DerivedSet.REGISTRATIONS_APPLICABLE);
        sets.put(DerivedSet.REGISTRATIONS_MANDATORY, only(registrations, mandatory::contains));
        sets.put(DerivedSet.REGISTRATIONS_OPTIONAL, only(registrations, id -> !mandatory.contains(id)));
        sets.put(DerivedSet.REGISTRATIONS_REQUESTED, only(registrations, requested::contains));
        sets.put(DerivedSet.REQUIREMENTS_RESOLVED, ordered(Kind.REQUIREMENT, resolved));
        List<String> costs = sets.get(DerivedSet.COSTS_APPLICABLE);
        sets.put(DerivedSet.COSTS_PAYABLE, only(costs, payable::contains));

        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        costs.forEach(cost -> amounts.put(cost, amountOf(cost)));
        BigDecimal total =
                sets.get(DerivedSet.COSTS_PAYABLE).stream().map(amounts::get).reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<String, String> chosen = new LinkedHashMap<>();
        for (String upload : sets.get(DerivedSet.REQUIREMENT_UPLOADS_APPLICABLE)) {
            String document = values.chosen().get(upload);
            if (document != null && model.requirements().get(upload).documents().contains(document)) {
                chosen.put(upload, document);
            }
        }
        missing.sort(Comparator.comparingInt(this::step)
                .thenComparing(Missing::kind)
                .thenComparingInt((Missing m) -> model.position(m.kind(), m.id()))
                .thenComparingInt(Missing::item));
        return new Derivation(ruleSet.version(), sets, amounts, total, chosen, computed, missing);
    }

    private BigDecimal amountOf(String cost) {
        BigDecimal amount = computedAmounts.get(cost);
        return amount != null ? amount : model.costs().get(cost).amount();
    }

    /** The members of a set in catalogue order, by walking the catalogue once rather than sorting. */
    private List<String> ordered(Kind kind, Set<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> ordered = new ArrayList<>(ids.size());
        for (String id : model.ids(kind)) {
            if (ids.contains(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    private static List<String> only(List<String> ids, Predicate<String> keep) {
        return ids.stream().filter(keep).collect(Collectors.toList());
    }

    /** Missing items in the order of the steps of Part A: guide, data forms, documents, payments, submission. */
    private int step(Missing item) {
        return switch (item.kind()) {
            case QUESTION, REGISTRATION, REQUIREMENT -> 0;
            case FIELD -> isSubmissionField(item.id()) ? 4 : 1;
            case REQUIREMENT_UPLOAD -> 2;
            case PAYMENT_RECEIPT_UPLOAD -> 3;
            default -> 4;
        };
    }

    private boolean isSubmissionField(String field) {
        FieldDecl decl = model.fields().get(field);
        return decl != null && Objects.equals(decl.formKind(), Kind.SUBMISSION_FORM);
    }
}

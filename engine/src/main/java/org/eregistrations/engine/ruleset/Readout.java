package org.eregistrations.engine.ruleset;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.eregistrations.engine.derivation.CostAmounts;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivationChange;
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

/**
 * Keeps a session's derived sets up to date from the derived facts that come and go, checked against the catalogue,
 * and reads them out as the next {@link Derivation} and what changed since the last one. Every set is a bit set over
 * the catalogue order of its namespace, so a set that did not change is handed out again as it was, and one that did
 * is read in catalogue order without sorting.
 */
final class Readout {
    private final RuleSet ruleSet;
    private final ServiceModel model;
    private final Map<Kind, BitSet> applicable = new EnumMap<>(Kind.class);
    private final BitSet mandatory = new BitSet();
    private final BitSet requested = new BitSet();
    private final BitSet resolved = new BitSet();
    private final BitSet payable = new BitSet();
    /** Payable facts per cost: one goes and another comes when a cost's amount changes, in either order. */
    private final Map<String, Integer> payableFacts = new HashMap<>();

    private final Map<String, Set<Object>> amountFacts = new HashMap<>();
    /** The amount of every cost by catalogue position: the one a rule computed, else the declared one. */
    private final BigDecimal[] amountAt;

    private final ToIntFunction<String> costPosition;
    private final Map<String, Set<Object>> computedFacts = new HashMap<>();
    private final Map<String, Object> computed = new TreeMap<>();
    private final TreeSet<Missing> missing;
    /** Derived facts that name a member the catalogue lacks: a derivation with any of them fails. */
    private final Map<Object, String> undeclared = new LinkedHashMap<>();

    private final Set<String> costsTouched = new HashSet<>();
    private final Set<String> computedTouched = new HashSet<>();
    private boolean missingTouched;

    private final Map<DerivedSet, BitSet> members = new EnumMap<>(DerivedSet.class);
    private Derivation current;

    Readout(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.model = ruleSet.model();
        this.missing = new TreeSet<>(Comparator.comparingInt(this::step)
                .thenComparing(Missing::kind)
                .thenComparingInt((Missing m) -> model.position(m.kind(), m.id()))
                .thenComparingInt(Missing::item)
                .thenComparing(Missing::id));
        for (DerivedSet set : DerivedSet.values()) {
            members.put(set, new BitSet());
        }
        this.current = Derivation.empty(ruleSet.version());
        this.amountAt = model.ids(Kind.COST).stream()
                .map(cost -> model.costs().get(cost).amount())
                .toArray(BigDecimal[]::new);
        this.costPosition = cost -> model.position(Kind.COST, cost);
    }

    /** Takes a derived fact that came ({@code there}) or went. */
    void take(Object fact, boolean there) {
        if (fact instanceof Applicable a) {
            mark(applicable.computeIfAbsent(a.kind(), kind -> new BitSet()), a.kind(), a.id(), fact, there);
        } else if (fact instanceof Mandatory m) {
            mark(mandatory, Kind.REGISTRATION, m.registration(), fact, there);
        } else if (fact instanceof Requested r) {
            mark(requested, Kind.REGISTRATION, r.registration(), fact, there);
        } else if (fact instanceof Resolved r) {
            mark(resolved, Kind.REQUIREMENT, r.requirement(), fact, there);
        } else if (fact instanceof Amount a) {
            if (isDeclared(Kind.COST, a.cost(), fact, there)) {
                values(amountFacts, a.cost(), a.amount(), there);
                costsTouched.add(a.cost());
            }
        } else if (fact instanceof Payable p) {
            payableFacts.merge(p.cost(), there ? 1 : -1, Integer::sum);
            int position = model.position(Kind.COST, p.cost());
            if (position != Integer.MAX_VALUE) {
                payable.set(position, payableFacts.get(p.cost()) > 0);
            }
        } else if (fact instanceof Computed c) {
            values(computedFacts, c.name(), c.value(), there);
            computedTouched.add(c.name());
        } else if (fact instanceof Missing m) {
            missingTouched |= there ? missing.add(m) : missing.remove(m);
        } else {
            throw new IllegalStateException("not a derived fact: " + fact);
        }
    }

    private void mark(BitSet bits, Kind kind, String id, Object fact, boolean there) {
        if (isDeclared(kind, id, fact, there)) {
            bits.set(model.position(kind, id), there);
        }
    }

    private boolean isDeclared(Kind kind, String id, Object fact, boolean there) {
        if (model.declares(kind, id)) {
            return true;
        }
        if (there) {
            undeclared.put(
                    fact,
                    "a rule derived " + fact + " but the catalogue declares no " + kind.namespace() + " '" + id + "'"
                            + ruleSet.rulesDeriving(kind, id));
        } else {
            undeclared.remove(fact);
        }
        return false;
    }

    private static void values(Map<String, Set<Object>> facts, String key, Object value, boolean there) {
        Set<Object> values = facts.computeIfAbsent(key, k -> new LinkedHashSet<>(2));
        if (there) {
            values.add(value);
        } else {
            values.remove(value);
        }
    }

    /** The derivation of the facts taken so far, and what changed since the last one read. */
    LiveDerivation.Update read(FileValues values) {
        checkDeclared();
        checkAgreeing(amountFacts, costsTouched, "amounts of cost");
        checkAgreeing(computedFacts, computedTouched, "values of computed property");
        updateComputed();
        Map<DerivedSet, List<String>> sets = new EnumMap<>(DerivedSet.class);
        Map<DerivedSet, DerivationChange.Members> changedSets = new EnumMap<>(DerivedSet.class);
        for (DerivedSet set : DerivedSet.values()) {
            BitSet before = members.get(set);
            BitSet now = membersOf(set);
            if (now.equals(before)) {
                sets.put(set, current.get(set));
            } else {
                sets.put(set, ids(set.kind(), now));
                changedSets.put(
                        set,
                        new DerivationChange.Members(
                                ids(set.kind(), andNot(now, before)), ids(set.kind(), andNot(before, now))));
                members.put(set, now);
            }
        }
        Costs costs = costs(sets, changedSets);
        Map<String, String> chosen = chosenDocuments(sets.get(DerivedSet.REQUIREMENT_UPLOADS_APPLICABLE), values);
        Map<String, Object> computedNow = computedTouched.isEmpty() ? current.computed() : computed;
        List<Missing> missingNow = missingTouched ? List.copyOf(missing) : current.missing();
        Derivation next = new Derivation(
                ruleSet.version(), sets, costs.amounts(), costs.total(), chosen, computedNow, missingNow);
        DerivationChange change = new DerivationChange(
                changedSets,
                costs.changed(),
                !costs.total().equals(current.total()),
                changedKeys(
                        current.chosenDocuments(),
                        chosen,
                        union(current.chosenDocuments().keySet(), chosen.keySet())),
                changedKeys(current.computed(), computed, computedTouched),
                missingTouched);
        current = next;
        costsTouched.clear();
        computedTouched.clear();
        missingTouched = false;
        return new LiveDerivation.Update(next, change);
    }

    private void checkDeclared() {
        if (!undeclared.isEmpty()) {
            throw new DerivationException(undeclared.values().iterator().next());
        }
    }

    private static void checkAgreeing(Map<String, Set<Object>> facts, Set<String> touched, String what) {
        for (String key : touched) {
            Set<Object> values = facts.get(key);
            if (values.size() > 1) {
                List<Object> two = values.stream().limit(2).toList();
                throw new DerivationException(
                        "rules derived two different " + what + " '" + key + "': " + two.get(0) + " and " + two.get(1));
            }
        }
    }

    private BitSet membersOf(DerivedSet set) {
        return switch (set) {
            case REGISTRATIONS_MANDATORY -> and(applicableOf(Kind.REGISTRATION), mandatory);
            case REGISTRATIONS_OPTIONAL -> andNot(applicableOf(Kind.REGISTRATION), mandatory);
            case REGISTRATIONS_REQUESTED -> and(applicableOf(Kind.REGISTRATION), requested);
            case REQUIREMENTS_RESOLVED -> (BitSet) resolved.clone();
            case COSTS_PAYABLE -> and(applicableOf(Kind.COST), payable);
            default -> (BitSet) applicableOf(set.kind()).clone();
        };
    }

    private BitSet applicableOf(Kind kind) {
        return applicable.getOrDefault(kind, EMPTY);
    }

    private static final BitSet EMPTY = new BitSet();

    private static BitSet and(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both;
    }

    private static BitSet andNot(BitSet a, BitSet b) {
        BitSet only = (BitSet) a.clone();
        only.andNot(b);
        return only;
    }

    /** The members at these positions of a namespace, in catalogue order. */
    private List<String> ids(Kind kind, BitSet positions) {
        List<String> all = model.ids(kind);
        String[] ids = new String[positions.cardinality()];
        int next = 0;
        for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) {
            ids[next++] = all.get(i);
        }
        return List.of(ids);
    }

    /** The amounts of the applicable costs, the total of the payable ones, and the costs whose amount changed. */
    private record Costs(Map<String, BigDecimal> amounts, BigDecimal total, Set<String> changed) {}

    private Costs costs(Map<DerivedSet, List<String>> sets, Map<DerivedSet, DerivationChange.Members> changedSets) {
        DerivationChange.Members applicableChange = changedSets.get(DerivedSet.COSTS_APPLICABLE);
        if (applicableChange == null && costsTouched.isEmpty()) {
            BigDecimal total = changedSets.containsKey(DerivedSet.COSTS_PAYABLE)
                    ? total(sets.get(DerivedSet.COSTS_PAYABLE), current.amounts())
                    : current.total();
            return new Costs(current.amounts(), total, Set.of());
        }
        for (String cost : costsTouched) {
            amountAt[model.position(Kind.COST, cost)] = amountOf(cost);
        }
        Map<String, BigDecimal> amounts =
                CostAmounts.of(model.ids(Kind.COST), costPosition, members.get(DerivedSet.COSTS_APPLICABLE), amountAt);
        Set<String> candidates = new HashSet<>(costsTouched);
        if (applicableChange != null) {
            candidates.addAll(applicableChange.added());
            candidates.addAll(applicableChange.removed());
        }
        candidates.removeIf(cost -> Objects.equals(current.amounts().get(cost), amounts.get(cost)));
        return new Costs(amounts, total(sets.get(DerivedSet.COSTS_PAYABLE), amounts), candidates);
    }

    private static BigDecimal total(List<String> payable, Map<String, BigDecimal> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (String cost : payable) {
            total = total.add(amounts.get(cost));
        }
        return total;
    }

    private BigDecimal amountOf(String cost) {
        Set<Object> computedAmounts = amountFacts.get(cost);
        return computedAmounts != null && !computedAmounts.isEmpty()
                ? (BigDecimal) computedAmounts.iterator().next()
                : model.costs().get(cost).amount();
    }

    private void updateComputed() {
        for (String name : computedTouched) {
            Set<Object> values = computedFacts.get(name);
            if (values.isEmpty()) {
                computed.remove(name);
            } else {
                computed.put(name, values.iterator().next());
            }
        }
    }

    private Map<String, String> chosenDocuments(List<String> uploads, FileValues values) {
        if (values.chosen().isEmpty()) {
            return Map.of();
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String upload : uploads) {
            String document = values.chosen().get(upload);
            if (document != null && model.requirements().get(upload).documents().contains(document)) {
                chosen.put(upload, document);
            }
        }
        return chosen;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private static Set<String> changedKeys(Map<String, ?> before, Map<String, ?> after, Set<String> candidates) {
        Set<String> changed = new HashSet<>();
        for (String key : candidates) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add(key);
            }
        }
        return changed;
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

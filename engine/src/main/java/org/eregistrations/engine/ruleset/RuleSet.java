package org.eregistrations.engine.ruleset;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.model.Catalogue;
import org.eregistrations.engine.model.ServiceModel;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * An immutable, compiled version of a service's rules, identified by the hash of its content. Deriving is stateless
 * per call and safe from any number of threads.
 *
 * <pre>{@code
 * RuleSet ruleSet = new RuleSetCompiler().compile(source);
 * Derivation derivation = ruleSet.derive(FileValues.builder().answer("isImporter", true).build());
 * derivation.get(DerivedSet.CERTIFICATES_APPLICABLE); // [niti]
 * }</pre>
 */
public final class RuleSet {
    /** Idle sessions a ruleset keeps for stateless derivations: one per core that may derive at once. */
    static final int POOLED_SESSIONS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** The core rules' global through which they look the catalogue up. */
    private static final String CATALOGUE = "catalogue";

    private final ServiceModel model;
    private final String version;
    private final String releaseId;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final int fireLimit;
    private final long compileMillis;
    private final Catalogue catalogue;
    private final List<Object> sessionFacts;
    private final SessionPool pool = new SessionPool(POOLED_SESSIONS, this::openSession);

    RuleSet(
            ServiceModel model,
            String version,
            String releaseId,
            KieBase kieBase,
            List<RuleInfo> rules,
            int fireLimit,
            long compileMillis) {
        this.model = model;
        this.version = version;
        this.releaseId = releaseId;
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.fireLimit = fireLimit;
        this.compileMillis = compileMillis;
        this.catalogue = Catalogue.of(model.facts());
        this.sessionFacts = factsMatched(kieBase, model.facts());
    }

    /**
     * The catalogue facts some rule matches: the core rules look the catalogue up instead, so these are only the facts
     * of the types a service's own rules match (none for most services).
     */
    private static List<Object> factsMatched(KieBase kieBase, List<Object> facts) {
        List<ObjectTypeNode> matched = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes();
        return facts.stream()
                .filter(fact ->
                        matched.stream().anyMatch(node -> node.getObjectType().isAssignableFrom(fact.getClass())))
                .toList();
    }

    public String serviceId() {
        return model.serviceId();
    }

    /** The SHA-256 content hash of the source this version was compiled from. */
    public String version() {
        return version;
    }

    /** The Drools release id under which this version's KieBase was built. */
    public String releaseId() {
        return releaseId;
    }

    public ServiceModel model() {
        return model;
    }

    /** The service's own rules (not the core ones) as analysed before compiling. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public long compileMillis() {
        return compileMillis;
    }

    /**
     * Derives every set from a file's values, as a fresh session would: in an idle session of a bounded pool that
     * already holds the catalogue, brought to these values by difference.
     */
    public Derivation derive(FileValues values) {
        return pool.with(session -> session.update(values).derivation());
    }

    /** The reference {@link #derive} is checked against: a new session that takes the catalogue and the values. */
    public Derivation deriveInFreshSession(FileValues values) {
        FileSession session = openSession();
        try {
            return session.update(values).derivation();
        } finally {
            session.dispose();
        }
    }

    /**
     * Opens a live derivation: one session that takes only what changed between calls, for a guide that is open and
     * changing answer by answer. Its results always equal {@link #derive(FileValues)} for the same values.
     */
    public LiveDerivation openLive() {
        return new LiveDerivation(this, openSession());
    }

    KieBase kieBase() {
        return kieBase;
    }

    int idleSessions() {
        return pool.idleCount();
    }

    private FileSession openSession() {
        KieSession session = kieBase.newKieSession();
        session.setGlobal(CATALOGUE, catalogue);
        sessionFacts.forEach(session::insert);
        return new FileSession(this, session);
    }

    void fire(KieSession session) {
        int fired = session.fireAllRules(fireLimit);
        if (fired >= fireLimit) {
            throw FiringLimit.exceeded(this, session, fireLimit);
        }
    }

    /** {@code "; rules that derive it: file:line, ..."}, or nothing when no rule names it literally. */
    String rulesDeriving(Kind kind, String id) {
        String where = rules.stream()
                .filter(rule -> rule.derives().stream()
                        .anyMatch(ref -> ref.kind() == kind && ref.id().equals(id)))
                .map(rule -> "'" + rule.name() + "' (" + rule.location() + ")")
                .collect(Collectors.joining(", "));
        return where.isEmpty() ? "" : "; rules that derive it: " + where;
    }

    Map<String, RuleInfo> rulesByName() {
        return rules.stream().collect(Collectors.toMap(RuleInfo::name, rule -> rule, (a, b) -> a));
    }

    @Override
    public String toString() {
        return model.serviceId() + "@" + version.substring(0, 12);
    }
}

package org.eregistrations.benchmarks;

import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.LiveDerivation;
import org.eregistrations.engine.ruleset.RuleSet;

/** One way of deriving the sets of G(N) from a file's values: the engine, stateless or live, or plain Java. */
@FunctionalInterface
public interface Deriver extends AutoCloseable {
    /** The implementations compared, by the names the benchmarks and the report use. */
    enum Implementation {
        STATELESS,
        LIVE,
        PLAIN_JAVA;

        /** The name used in benchmark parameters and the report, e.g. {@code plainJava}. */
        public String label() {
            return switch (this) {
                case STATELESS -> "stateless";
                case LIVE -> "live";
                case PLAIN_JAVA -> "plainJava";
            };
        }

        public static Implementation byLabel(String label) {
            for (Implementation implementation : values()) {
                if (implementation.label().equals(label)) {
                    return implementation;
                }
            }
            throw new IllegalArgumentException("no implementation '" + label + "'; use stateless, live or plainJava");
        }

        public boolean usesEngine() {
            return this != PLAIN_JAVA;
        }
    }

    GSets derive(FileValues values);

    @Override
    default void close() {}

    /** Opens a deriver; {@code ruleSet} is the compiled service and may be null for plain Java. */
    static Deriver open(Implementation implementation, GeneratedService service, RuleSet ruleSet) {
        return switch (implementation) {
            case STATELESS -> stateless(ruleSet);
            case LIVE -> live(ruleSet);
            case PLAIN_JAVA -> plainJava(service);
        };
    }

    /** A fresh session per derivation: {@link RuleSet#derive(FileValues)}. */
    static Deriver stateless(RuleSet ruleSet) {
        return values -> GSets.of(ruleSet.derive(values));
    }

    /** One session taking only what changed: {@link LiveDerivation#derive(FileValues)}. */
    static Deriver live(RuleSet ruleSet) {
        LiveDerivation live = ruleSet.openLive();
        return new Deriver() {
            @Override
            public GSets derive(FileValues values) {
                return GSets.of(live.derive(values));
            }

            @Override
            public void close() {
                live.close();
            }
        };
    }

    static Deriver plainJava(GeneratedService service) {
        return new PlainJavaG(service.n())::derive;
    }
}

package org.eregistrations.config.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.fact.Missing;

/** The kinds of expectation a scenario can state. */
final class Expectations {
    private Expectations() {}

    /** A derived set equals exactly these members (order ignored). */
    static Expectation set(String key, int line, List<String> expected, Function<Derivation, List<String>> actual) {
        return simple(key, line, derivation -> {
            List<String> derived = actual.apply(derivation);
            if (new LinkedHashSet<>(derived).equals(new LinkedHashSet<>(expected))) {
                return Optional.empty();
            }
            return Optional.of(
                    key + ": expected " + expected + " but derived " + derived + difference(expected, derived));
        });
    }

    static Expectation derivedSet(DerivedSet set, int line, List<String> expected) {
        return set(set.key(), line, expected, derivation -> derivation.get(set));
    }

    static Expectation missing(int line, List<String> expected) {
        return set("missing", line, expected, derivation -> derivation.missing().stream()
                .map(Missing::path)
                .toList());
    }

    /** Every listed member is in the set (fields.visible) or none is (fields.hidden). */
    static Expectation members(String key, int line, List<String> ids, DerivedSet set, boolean present) {
        return simple(key, line, derivation -> {
            List<String> wrong = ids.stream()
                    .filter(id -> derivation.get(set).contains(id) != present)
                    .toList();
            return wrong.isEmpty()
                    ? Optional.empty()
                    : Optional.of(key + ": " + wrong + (present ? " not applicable" : " applicable") + "; " + set.key()
                            + " derived " + derivation.get(set));
        });
    }

    static Expectation amounts(int line, Map<String, BigDecimal> expected) {
        return simple("costs.amounts", line, derivation -> {
            List<String> wrong = new ArrayList<>();
            expected.forEach((cost, amount) -> {
                BigDecimal derived = derivation.amounts().get(cost);
                if (derived == null || derived.compareTo(amount) != 0) {
                    wrong.add(cost + " expected " + amount.toPlainString() + " but derived "
                            + (derived == null ? "no amount (cost not applicable)" : derived.toPlainString()));
                }
            });
            return wrong.isEmpty() ? Optional.empty() : Optional.of("costs.amounts: " + String.join("; ", wrong));
        });
    }

    static Expectation total(int line, BigDecimal expected) {
        return simple(
                "costs.total",
                line,
                derivation -> derivation.total().compareTo(expected) == 0
                        ? Optional.empty()
                        : Optional.of("costs.total: expected " + expected.toPlainString() + " but derived "
                                + derivation.total().toPlainString()));
    }

    static Expectation textMap(
            String key, int line, Map<String, String> expected, Function<Derivation, Map<String, ?>> actual) {
        return simple(key, line, derivation -> {
            Map<String, ?> derived = actual.apply(derivation);
            List<String> wrong = new ArrayList<>();
            expected.forEach((name, value) -> {
                Object got = derived.get(name);
                String text = got instanceof BigDecimal n ? n.toPlainString() : Objects.toString(got, null);
                if (!value.equals(text)) {
                    wrong.add(name + " expected '" + value + "' but derived "
                            + (text == null ? "nothing" : "'" + text + "'"));
                }
            });
            return wrong.isEmpty() ? Optional.empty() : Optional.of(key + ": " + String.join("; ", wrong));
        });
    }

    static Expectation complete(int line, boolean expected) {
        return simple(
                "complete",
                line,
                derivation -> derivation.isComplete() == expected
                        ? Optional.empty()
                        : Optional.of("complete: expected " + expected + " but missing "
                                + derivation.missing().stream()
                                        .map(Missing::path)
                                        .toList()));
    }

    private static String difference(Collection<String> expected, Collection<String> derived) {
        Set<String> extra = new LinkedHashSet<>(derived);
        extra.removeAll(expected);
        Set<String> absent = new LinkedHashSet<>(expected);
        absent.removeAll(derived);
        return " (" + (absent.isEmpty() ? "" : "missing " + absent) + (absent.isEmpty() || extra.isEmpty() ? "" : ", ")
                + (extra.isEmpty() ? "" : "unexpected " + extra) + ")";
    }

    private static Expectation simple(String key, int line, Function<Derivation, Optional<String>> check) {
        return new Expectation() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public int line() {
                return line;
            }

            @Override
            public Optional<String> check(Derivation derivation) {
                return check.apply(derivation);
            }
        };
    }
}

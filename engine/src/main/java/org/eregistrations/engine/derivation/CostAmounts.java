package org.eregistrations.engine.derivation;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The amounts of a derivation's applicable costs in catalogue order, as an immutable map over a snapshot of the amount
 * of every cost by its catalogue position: taking one costs two array copies, not a map entry per cost, so a live
 * derivation of a service with many costs does not rebuild them all when one changes.
 */
public final class CostAmounts extends AbstractMap<String, BigDecimal> {
    private final List<String> ids;
    private final ToIntFunction<String> position;
    private final BitSet applicable;
    private final BigDecimal[] amounts;
    private final int size;

    private CostAmounts(List<String> ids, ToIntFunction<String> position, BitSet applicable, BigDecimal[] amounts) {
        this.ids = ids;
        this.position = position;
        this.applicable = applicable;
        this.amounts = amounts;
        this.size = applicable.cardinality();
    }

    /**
     * The amounts of the costs at the {@code applicable} positions of {@code ids} (every cost of the catalogue, in its
     * order; {@code position} finds an id's), copied from {@code amounts} by position.
     */
    public static CostAmounts of(
            List<String> ids, ToIntFunction<String> position, BitSet applicable, BigDecimal[] amounts) {
        if (applicable.length() > ids.size() || amounts.length != ids.size()) {
            throw new IllegalArgumentException("applicable and amounts must cover the costs' positions");
        }
        return new CostAmounts(List.copyOf(ids), position, (BitSet) applicable.clone(), amounts.clone());
    }

    @Override
    public BigDecimal get(Object key) {
        if (!(key instanceof String id)) {
            return null;
        }
        int at = position.applyAsInt(id);
        return at >= 0 && at < amounts.length && applicable.get(at) ? amounts[at] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, BigDecimal>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, BigDecimal>> iterator() {
                return new Iterator<>() {
                    private int next = applicable.nextSetBit(0);

                    @Override
                    public boolean hasNext() {
                        return next >= 0;
                    }

                    @Override
                    public Map.Entry<String, BigDecimal> next() {
                        if (next < 0) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, BigDecimal> entry = Map.entry(ids.get(next), amounts[next]);
                        next = applicable.nextSetBit(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}

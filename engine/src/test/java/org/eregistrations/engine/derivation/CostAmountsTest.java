package org.eregistrations.engine.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostAmountsTest {
    private static final BigDecimal TWO = new BigDecimal("2");
    private static final List<String> COSTS = List.of("fee", "stamp", "tax");

    private static CostAmounts amounts(BitSet applicable, BigDecimal[] byPosition) {
        return CostAmounts.of(COSTS, COSTS::indexOf, applicable, byPosition);
    }

    @Test
    void holdsTheApplicableCostsInCatalogueOrderAndEqualsAnOrderedMap() {
        BitSet applicable = new BitSet();
        applicable.set(2);
        applicable.set(0);

        CostAmounts amounts = amounts(applicable, new BigDecimal[] {BigDecimal.ONE, BigDecimal.TEN, TWO});

        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put("fee", BigDecimal.ONE);
        expected.put("tax", TWO);
        assertThat(amounts).isEqualTo(expected).containsExactlyEntriesOf(expected);
        assertThat(amounts.get("stamp")).isNull();
        assertThat(amounts.get("unknown")).isNull();
        assertThat(amounts.hashCode()).isEqualTo(expected.hashCode());
    }

    @Test
    void isASnapshotThatCannotBeChanged() {
        BitSet applicable = new BitSet();
        applicable.set(1);
        BigDecimal[] byPosition = {BigDecimal.ONE, BigDecimal.TEN, TWO};
        CostAmounts amounts = amounts(applicable, byPosition);

        applicable.set(0);
        byPosition[1] = BigDecimal.ZERO;

        assertThat(amounts).containsExactly(Map.entry("stamp", BigDecimal.TEN));
        assertThatThrownBy(() -> amounts.put("fee", BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> amounts.entrySet().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

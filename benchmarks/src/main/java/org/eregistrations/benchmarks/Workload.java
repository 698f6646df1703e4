package org.eregistrations.benchmarks;

import java.math.BigDecimal;
import org.eregistrations.engine.derivation.FileValues;

/** The workload of G(N): from the initial values, step {@code k = 0..M-1} flips {@code q(k mod Q)} and derives. */
public final class Workload {
    private Workload() {}

    /** The sum over the M steps of each derivation's {@link GSets#checksumTerm()}. */
    public static BigDecimal checksum(GeneratedService service, int steps, Deriver deriver) {
        BigDecimal sum = BigDecimal.ZERO;
        FileValues values = service.initialValues();
        for (int k = 0; k < steps; k++) {
            values = service.step(values, k);
            sum = sum.add(deriver.derive(values).checksumTerm());
        }
        return sum;
    }
}

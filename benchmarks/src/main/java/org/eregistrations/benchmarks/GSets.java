package org.eregistrations.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivedSet;

/** The sets of G(N) that tests and checksums compare, as the engine or plain Java derives them, in catalogue order. */
public record GSets(
        List<String> registrationsApplicable,
        List<String> registrationsMandatory,
        List<String> registrationsRequested,
        List<String> requirementsResolved,
        List<String> requirementsApplicable,
        List<String> costsApplicable,
        List<String> costsPayable,
        Map<String, BigDecimal> amounts,
        BigDecimal total) {

    /** The sets of an engine derivation. */
    public static GSets of(Derivation derivation) {
        return new GSets(
                derivation.get(DerivedSet.REGISTRATIONS_APPLICABLE),
                derivation.get(DerivedSet.REGISTRATIONS_MANDATORY),
                derivation.get(DerivedSet.REGISTRATIONS_REQUESTED),
                derivation.get(DerivedSet.REQUIREMENTS_RESOLVED),
                derivation.get(DerivedSet.REQUIREMENTS_APPLICABLE),
                derivation.get(DerivedSet.COSTS_APPLICABLE),
                derivation.get(DerivedSet.COSTS_PAYABLE),
                derivation.amounts(),
                derivation.total());
    }

    /**
     * What one derivation adds to the checksum: |registrations.applicable| + |registrations.mandatory| +
     * |registrations.requested| + |requirements.applicable| + |costs.payable| + total.
     */
    public BigDecimal checksumTerm() {
        long sizes = registrationsApplicable.size()
                + registrationsMandatory.size()
                + registrationsRequested.size()
                + requirementsApplicable.size()
                + costsPayable.size();
        return total.add(BigDecimal.valueOf(sizes));
    }
}

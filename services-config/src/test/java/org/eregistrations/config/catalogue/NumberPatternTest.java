package org.eregistrations.config.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberPatternTest {
    @Test
    void yearAndZeroPaddedSequenceFillTheirPlaceholders() {
        NumberPattern pattern = NumberPattern.parse("NIT-{yyyy}-{seq:6}").orElseThrow();

        assertThat(pattern.format(2026, 42)).isEqualTo("NIT-2026-000042");
        assertThat(pattern.format(2026, 1234567)).isEqualTo("NIT-2026-1234567");
        assertThat(pattern.hasYear()).isTrue();
        assertThat(NumberPattern.parse("M/{seq:3}").orElseThrow().hasYear()).isFalse();
    }

    @Test
    void badPatternsAreNamedWithTheirReason() {
        assertThat(NumberPattern.problem("N-{seq:6}-{seq:2}"))
                .contains("a number pattern needs exactly one {seq:N}, this one has 2");
        assertThat(NumberPattern.problem("N-{seq:0}"))
                .contains("unknown placeholder {seq:0}; expected {yyyy} or {seq:N}");
        assertThat(NumberPattern.problem("N-{seq:19}")).contains("{seq:19}: a sequence has at most 18 digits");
        assertThat(NumberPattern.problem("N<{seq:4}")).get().asString().startsWith("besides {yyyy}");
        assertThat(NumberPattern.problem("N-{seq:4")).get().asString().startsWith("besides {yyyy}");
        assertThat(NumberPattern.problem("")).contains("a number pattern must have 1 to 60 characters");
        assertThat(NumberPattern.parse("N-{yyyy}-{seq:4}")).isPresent();
    }
}

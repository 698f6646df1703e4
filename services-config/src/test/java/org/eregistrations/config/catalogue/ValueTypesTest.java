package org.eregistrations.config.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
    private static final List<Option> OPTIONS = List.of(new Option("sa", new Labels(Map.of())));

    private static FormField field(FieldType type, String min, String max, String pattern) {
        return new FormField(
                "f",
                new Labels(Map.of()),
                type,
                false,
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max),
                pattern,
                List.of(),
                null,
                List.of(),
                List.of(),
                1);
    }

    @Test
    void valuesAreReadAsTheirType() {
        assertThat(ValueTypes.parse(FieldType.YES_NO, List.of(), "yes")).isEqualTo(true);
        assertThat(ValueTypes.parse(FieldType.MONEY, List.of(), "12.50")).isEqualTo(new BigDecimal("12.50"));
        assertThat(ValueTypes.parse(FieldType.DATE, List.of(), "2026-11-22")).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(ValueTypes.parse(FieldType.CHOICE, OPTIONS, "sa")).isEqualTo("sa");
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedWithAReason() {
        assertThatThrownBy(() -> ValueTypes.parse(FieldType.NUMBER, List.of(), "ten"))
                .hasMessage("'ten' is not a number");
        assertThatThrownBy(() -> ValueTypes.parse(FieldType.DATE, List.of(), "22/11/2026"))
                .hasMessage("'22/11/2026' is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> ValueTypes.parse(FieldType.CHOICE, OPTIONS, "llc"))
                .hasMessage("'llc' is not one of sa");
        assertThatThrownBy(() -> ValueTypes.parse(FieldType.EMAIL, List.of(), "ana@"))
                .hasMessage("'ana@' is not an email address");
    }

    @Test
    void constraintsOfAFieldAreChecked() {
        assertThat(ValueTypes.problem(field(FieldType.NUMBER, "0", "100", null), new BigDecimal("101")))
                .contains("must be at most 100");
        assertThat(ValueTypes.problem(field(FieldType.MONEY, null, null, null), new BigDecimal("1.005")))
                .contains("must have at most two decimals");
        assertThat(ValueTypes.problem(field(FieldType.TEXT, null, "3", null), "abcd"))
                .contains("must have at most 3" + " characters");
        assertThat(ValueTypes.problem(field(FieldType.TEXT, null, null, "TL-[0-9]{6}"), "TL-12"))
                .isPresent();
        assertThat(ValueTypes.problem(field(FieldType.TEXT, null, null, "TL-[0-9]{6}"), "TL-123456"))
                .isEmpty();
    }
}

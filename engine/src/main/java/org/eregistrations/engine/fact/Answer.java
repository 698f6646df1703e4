package org.eregistrations.engine.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The investor's answer to a guide question, e.g. {@code Answer(name == "isImporter", flag == true)}.
 *
 * <p>The value is a {@link Boolean}, a {@link BigDecimal}, a {@link String} or a {@link java.time.LocalDate};
 * {@code flag}, {@code number} and {@code text} read it as the type a rule expects (null when it is not).
 */
public record Answer(String name, Object value) {
    public Answer {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(value, "value must not be null");
        value = Values.normalize(value);
    }

    public Boolean flag() {
        return Values.flag(value);
    }

    public BigDecimal number() {
        return Values.number(value);
    }

    public String text() {
        return Values.text(value);
    }
}

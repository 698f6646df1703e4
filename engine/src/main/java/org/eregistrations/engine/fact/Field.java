package org.eregistrations.engine.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value of a data or submission form field, e.g. {@code Field(name == "city", text == "San Salvador")}.
 *
 * <p>A field of a list (the shareholders of a company) is named {@code <list>.<field>}, e.g.
 * {@code shareholders.name}, and carries its {@code list} and the index {@code item} of its entry; a field outside a
 * list has no list and item {@code -1}.
 */
public record Field(String name, String list, int item, Object value) {
    public Field {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(value, "value must not be null");
        if (list == null && item != -1) {
            throw new IllegalArgumentException("item must be -1 for a field outside a list");
        }
        if (list != null && item < 0) {
            throw new IllegalArgumentException("item must not be negative in list " + list);
        }
        value = Values.normalize(value);
    }

    /** A field outside any list. */
    public Field(String name, Object value) {
        this(name, null, -1, value);
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

package org.eregistrations.config.catalogue;

/**
 * The service-wide limits of what an investor may enter: {@code maxLength} characters for any single value (a text
 * field's own {@code max} replaces it for that field), {@code maxEntries} entries for a list (a list's own {@code max}
 * replaces it for that list).
 */
public record Limits(int maxLength, int maxEntries) {
    public static final Limits DEFAULT = new Limits(2000, 50);

    public Limits {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
    }
}

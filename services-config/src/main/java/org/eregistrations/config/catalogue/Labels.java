package org.eregistrations.config.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A visible text in each language of the service, e.g. {@code {en: Register a company, es: Registrar una empresa}}. */
public record Labels(Map<String, String> byLanguage) {
    public Labels {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** The text in a language, falling back to any language there is. */
    public String in(String language) {
        String text = byLanguage.get(language);
        if (text != null) {
            return text;
        }
        return byLanguage.values().stream().findFirst().orElse("");
    }
}

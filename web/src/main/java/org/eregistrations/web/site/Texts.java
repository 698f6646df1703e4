package org.eregistrations.web.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts of the message bundles looked up by a key known only at run time (a status, a validation problem), with
 * {@code {name}} placeholders filled in. The same files as the templates' {@code msg:} namespace.
 */
public final class Texts {
    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Texts() {}

    public static String get(String language, String key, Object... nameValuePairs) {
        String text = bundle(language).getProperty(key);
        if (text == null) {
            text = bundle("en").getProperty(key, key);
        }
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            text = text.replace("{" + nameValuePairs[i] + "}", String.valueOf(nameValuePairs[i + 1]));
        }
        return text;
    }

    private static Properties bundle(String language) {
        return BY_LANGUAGE.computeIfAbsent(Language.SUPPORTED.contains(language) ? language : "en", lang -> {
            Properties properties = new Properties();
            try (InputStream in = Texts.class.getResourceAsStream("/messages/msg_" + lang + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        });
    }
}

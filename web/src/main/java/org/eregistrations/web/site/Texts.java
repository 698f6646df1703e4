package org.eregistrations.web.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts of the message bundles looked up by a key known only at run time (a status, a validation problem), with
 * {@code {name}} placeholders filled in. The same files as the templates' message bundles, every bundle at once (a key
 * is in one bundle only: {@code I18nBundlesTest}).
 */
public final class Texts {
    /** The message bundles, by the name of their files: {@code messages/<bundle>_<language>.properties}. */
    public static final List<String> BUNDLES = List.of(
            "msg",
            "account",
            "parta",
            "files",
            "partb",
            "notify",
            "certify",
            "admin",
            "supervise",
            "statistics",
            "configure");

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
            for (String bundle : BUNDLES) {
                String file = "/messages/" + bundle + "_" + lang + ".properties";
                try (InputStream in = Texts.class.getResourceAsStream(file)) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(file, e);
                }
            }
            return properties;
        });
    }
}

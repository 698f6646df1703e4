package org.eregistrations.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every text of the pages exists in every language, and no language has a key the pages do not use. */
class I18nBundlesTest {
    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/messages/msg_" + language + ".properties")) {
            assertThat(in).as("messages/msg_%s.properties", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        properties.forEach((key, value) ->
                assertThat(value.toString()).as("%s in %s", key, language).isNotBlank());
        return properties.stringPropertyNames();
    }

    @Test
    void everyLanguageHasEveryKeyOfTheMessageBundle() throws IOException {
        Set<String> declared = Arrays.stream(Messages.class.getDeclaredMethods())
                .map(method -> method.getName())
                .collect(Collectors.toSet());
        for (String language : Language.SUPPORTED) {
            assertThat(keys(language)).as("keys of %s", language).isEqualTo(declared);
        }
    }
}

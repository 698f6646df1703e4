package org.eregistrations.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.eregistrations.web.account.AccountMessages;
import org.eregistrations.web.admin.AdminMessages;
import org.eregistrations.web.certify.CertifyMessages;
import org.eregistrations.web.configure.ConfigureMessages;
import org.eregistrations.web.notify.NotifyMessages;
import org.eregistrations.web.parta.FilesMessages;
import org.eregistrations.web.parta.PartaMessages;
import org.eregistrations.web.partb.PartbMessages;
import org.eregistrations.web.statistics.StatisticsMessages;
import org.eregistrations.web.supervise.SuperviseMessages;
import org.junit.jupiter.api.Test;

/**
 * Every text of the pages exists in every language, no language has a key its bundle does not declare, and no key sits
 * in two bundles (Java code looks keys up in all of them at once).
 */
class I18nBundlesTest {
    private static final Map<String, Class<?>> BUNDLES = Map.ofEntries(
            Map.entry("msg", Messages.class),
            Map.entry("account", AccountMessages.class),
            Map.entry("parta", PartaMessages.class),
            Map.entry("files", FilesMessages.class),
            Map.entry("partb", PartbMessages.class),
            Map.entry("notify", NotifyMessages.class),
            Map.entry("certify", CertifyMessages.class),
            Map.entry("admin", AdminMessages.class),
            Map.entry("supervise", SuperviseMessages.class),
            Map.entry("statistics", StatisticsMessages.class),
            Map.entry("configure", ConfigureMessages.class));

    private static Set<String> keys(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        String file = "/messages/" + bundle + "_" + language + ".properties";
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        properties.forEach((key, value) ->
                assertThat(value.toString()).as("%s in %s", key, file).isNotBlank());
        return properties.stringPropertyNames();
    }

    private static Set<String> declared(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
    }

    @Test
    void everyLanguageHasEveryKeyOfEachMessageBundle() throws IOException {
        assertThat(BUNDLES.keySet()).containsExactlyInAnyOrderElementsOf(Texts.BUNDLES);
        for (var bundle : BUNDLES.entrySet()) {
            for (String language : Language.SUPPORTED) {
                assertThat(keys(bundle.getKey(), language))
                        .as("keys of %s in %s", bundle.getKey(), language)
                        .isEqualTo(declared(bundle.getValue()));
            }
        }
    }

    @Test
    void noKeyIsInTwoBundles() {
        Map<String, String> bundleOf = new HashMap<>();
        BUNDLES.forEach((name, bundle) -> declared(bundle).forEach(key -> assertThat(bundleOf.put(key, name))
                .as("%s is in %s and %s", key, bundleOf.get(key), name)
                .isNull()));
    }
}

package org.eregistrations.config.bundle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Certificate;
import org.eregistrations.config.yaml.Problems;

/** The templates the certificates of a catalogue name: each a file {@code certificates/<name>.html} of the bundle. */
final class CertificateTemplates {
    static final String DIR = "certificates";
    private static final Pattern PATH = Pattern.compile(DIR + "/[A-Za-z0-9_-]{1,100}\\.html");

    private CertificateTemplates() {}

    /** The catalogue with the text of each template it names; a missing or misnamed one is an error at its line. */
    static Catalogue read(Path dir, Catalogue catalogue, Problems problems) {
        Map<String, String> texts = new HashMap<>();
        for (Certificate certificate : catalogue.certificates()) {
            certificate.templatePath().ifPresent(path -> {
                String what = "certificate '" + certificate.id() + "': template '" + path + "'";
                if (!PATH.matcher(path).matches()) {
                    problems.error(
                            BundleLoader.CATALOGUE_FILE,
                            certificate.line(),
                            what + " must be a file " + DIR + "/<name>.html of the bundle");
                } else if (!Files.isRegularFile(dir.resolve(path))) {
                    problems.error(BundleLoader.CATALOGUE_FILE, certificate.line(), what + " is not in the bundle");
                } else {
                    BundleLoader.bytes(dir, path, problems)
                            .ifPresent(bytes -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
                }
            });
        }
        return catalogue.withTemplates(texts);
    }
}

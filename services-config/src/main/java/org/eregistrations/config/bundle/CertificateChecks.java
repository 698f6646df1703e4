package org.eregistrations.config.bundle;

import java.util.HashMap;
import java.util.Map;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Certificate;
import org.eregistrations.config.catalogue.NumberPattern;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.config.yaml.Problems;

/** Checks how a catalogue's certificates are issued: their number patterns, and that one step at most issues each. */
final class CertificateChecks {
    private static final String FILE = BundleLoader.CATALOGUE_FILE;

    private CertificateChecks() {}

    /** Each certificate's number pattern is valid, and no certificate is issued by two steps. */
    static void validate(Catalogue catalogue, Problems problems) {
        for (Certificate certificate : catalogue.certificates()) {
            if (certificate.number() != null) {
                NumberPattern.problem(certificate.number())
                        .ifPresent(reason -> problems.error(
                                FILE,
                                certificate.line(),
                                "certificate '" + certificate.id() + "': number '" + certificate.number() + "': "
                                        + reason));
            }
        }
        Map<String, String> issuedBy = new HashMap<>();
        for (ProcessingStep step : catalogue.processingSteps()) {
            for (String certificate : step.issues()) {
                String first = issuedBy.putIfAbsent(certificate, step.id());
                if (first != null) {
                    problems.error(
                            FILE,
                            step.line(),
                            "processing step '" + step.id() + "' issues certificate '" + certificate + "', which step '"
                                    + first + "' already issues");
                }
            }
        }
    }
}

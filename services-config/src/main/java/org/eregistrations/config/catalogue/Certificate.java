package org.eregistrations.config.catalogue;

import java.util.Optional;

/**
 * A certificate an institution issues at the end of Part B: its {@code number} pattern (e.g.
 * {@code NIT-{yyyy}-{seq:6}}, see {@link NumberPattern}) and its {@code template}, a Qute/HTML file of the bundle
 * under {@code certificates/}; a certificate without a template is printed in the platform's default layout.
 */
public record Certificate(String id, Labels name, String institution, String number, String template, int line) {
    /** The pattern of the certificate's numbers; the certificate's id and the sequence when none is declared. */
    public NumberPattern numberPattern() {
        return NumberPattern.parse(number == null ? id + "-{seq:6}" : number).orElseThrow();
    }

    public Optional<String> templatePath() {
        return Optional.ofNullable(template);
    }
}

package org.eregistrations.web.certify;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A certificate issued to a file: its number, the code of its public verification page, when and by whom (the step and
 * the officer), its status and the SHA-256 of its PDF in the blob store (a signed PDF an officer uploaded, if any).
 */
public record IssuedCertificate(
        String code,
        UUID fileId,
        String serviceId,
        String certificateId,
        String number,
        String holder,
        Instant issuedAt,
        String issuedBy,
        String step,
        Status status,
        String pdfSha256) {
    /** Whether the certificate still holds; a status column, so that revoking is a row update, not a schema change. */
    public enum Status {
        VALID,
        REVOKED
    }

    public IssuedCertificate {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(number, "number must not be null");
        Objects.requireNonNull(status, "status must not be null");
    }
}

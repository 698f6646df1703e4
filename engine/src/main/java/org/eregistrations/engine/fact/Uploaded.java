package org.eregistrations.engine.fact;

import java.util.Objects;

/** A document has been uploaded for a requirement upload or a payment receipt upload. */
public record Uploaded(Kind kind, String upload) {
    public Uploaded {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(upload, "upload must not be null");
        if (kind != Kind.REQUIREMENT_UPLOAD && kind != Kind.PAYMENT_RECEIPT_UPLOAD) {
            throw new IllegalArgumentException("kind must be REQUIREMENT_UPLOAD or PAYMENT_RECEIPT_UPLOAD");
        }
    }
}

package org.eregistrations.engine.derivation;

import java.util.Arrays;
import java.util.Optional;
import org.eregistrations.engine.fact.Kind;

/** Every set a derivation yields, by the name DESIGN.md §2 gives it (e.g. {@code "costs.payable"}). */
public enum DerivedSet {
    QUESTIONS_APPLICABLE(Kind.QUESTION, "applicable"),
    REGISTRATIONS_APPLICABLE(Kind.REGISTRATION, "applicable"),
    REGISTRATIONS_MANDATORY(Kind.REGISTRATION, "mandatory"),
    REGISTRATIONS_OPTIONAL(Kind.REGISTRATION, "optional"),
    REGISTRATIONS_REQUESTED(Kind.REGISTRATION, "requested"),
    CERTIFICATES_APPLICABLE(Kind.CERTIFICATE, "applicable"),
    REQUIREMENTS_RESOLVED(Kind.REQUIREMENT, "resolved"),
    REQUIREMENTS_APPLICABLE(Kind.REQUIREMENT, "applicable"),
    COSTS_APPLICABLE(Kind.COST, "applicable"),
    COSTS_PAYABLE(Kind.COST, "payable"),
    DATA_FORMS_APPLICABLE(Kind.DATA_FORM, "applicable"),
    FIELDS_APPLICABLE(Kind.FIELD, "applicable"),
    REQUIREMENT_UPLOADS_APPLICABLE(Kind.REQUIREMENT_UPLOAD, "applicable"),
    PAYMENT_RECEIPT_UPLOADS_APPLICABLE(Kind.PAYMENT_RECEIPT_UPLOAD, "applicable"),
    SUBMISSION_FORMS_APPLICABLE(Kind.SUBMISSION_FORM, "applicable"),
    PROCESSING_STEPS_APPLICABLE(Kind.PROCESSING_STEP, "applicable");

    private final Kind kind;
    private final String key;

    DerivedSet(Kind kind, String subset) {
        this.kind = kind;
        this.key = kind.namespace() + "." + subset;
    }

    /** The namespace whose members this set holds. */
    public Kind kind() {
        return kind;
    }

    /** The set's name, e.g. {@code "registrations.requested"}. */
    public String key() {
        return key;
    }

    public static Optional<DerivedSet> byKey(String key) {
        return Arrays.stream(values()).filter(set -> set.key.equals(key)).findFirst();
    }
}

package org.eregistrations.engine.fact;

/** The namespaces of a file whose members are derived, named as in DESIGN.md §2. */
public enum Kind {
    QUESTION("questions"),
    REGISTRATION("registrations"),
    CERTIFICATE("certificates"),
    REQUIREMENT("requirements"),
    COST("costs"),
    DATA_FORM("dataForms"),
    FIELD("fields"),
    REQUIREMENT_UPLOAD("requirementUploads"),
    PAYMENT_RECEIPT_UPLOAD("paymentReceiptUploads"),
    SUBMISSION_FORM("submissionForms"),
    AFFIDAVIT("submissionForms.isAffidavitSigned"),
    PROCESSING_STEP("processingSteps");

    private final String namespace;

    Kind(String namespace) {
        this.namespace = namespace;
    }

    /** The namespace of the file this kind lives in, e.g. {@code "certificates"}. */
    public String namespace() {
        return namespace;
    }
}

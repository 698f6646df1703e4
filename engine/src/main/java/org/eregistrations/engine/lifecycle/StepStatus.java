package org.eregistrations.engine.lifecycle;

/** The state of one processing step of a file in Part B. */
public enum StepStatus {
    /** Some step before it is not approved yet. */
    WAITING,
    /** Every step before it is approved: officers can work it. */
    PENDING,
    /** Put aside by an officer; it resumes as pending. */
    PAUSED,
    APPROVED,
    /** Sent back to the investor for corrections; pending again when the file is resubmitted. */
    SENT_BACK,
    REJECTED
}

package org.eregistrations.engine.lifecycle;

/**
 * Where a file is in its life. A file sent back for corrections is shown to the investor in Part A but is logically
 * still in Part B.
 */
public enum FileStatus {
    DRAFT,
    SUBMITTED,
    SENT_BACK,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    /** A draft its investor threw away before sending it; its events stay, so a restore brings it back. */
    DISCARDED;

    /** In Part B: sent, and neither decided nor withdrawn. */
    public boolean isPartB() {
        return this == SUBMITTED || this == SENT_BACK;
    }

    /** Closed for good: approved, rejected, withdrawn or discarded. */
    public boolean isClosed() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN || this == DISCARDED;
    }

    /** The investor may change values: a draft, or a file sent back for corrections. */
    public boolean isEditableByInvestor() {
        return this == DRAFT || this == SENT_BACK;
    }
}

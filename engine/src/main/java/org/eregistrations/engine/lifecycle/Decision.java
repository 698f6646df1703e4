package org.eregistrations.engine.lifecycle;

import java.time.Instant;
import java.util.Objects;

/** What someone decided on a file or one of its steps, when, and why. */
public record Decision(String step, Outcome outcome, String user, Instant at, String reason) {
    /** The decisions an officer or the investor can take. */
    public enum Outcome {
        SUBMITTED,
        APPROVED,
        SENT_BACK,
        REJECTED,
        PAUSED,
        RESUMED,
        RESUBMITTED,
        WITHDRAWN,
        DISCARDED
    }

    public Decision {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(user, "user must not be null");
        Objects.requireNonNull(at, "at must not be null");
        if ((outcome == Outcome.SENT_BACK || outcome == Outcome.REJECTED) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("reason must not be blank when a file is sent back or rejected");
        }
    }
}

package org.eregistrations.web.file;

import java.util.List;
import java.util.UUID;
import org.eregistrations.config.catalogue.Labels;

/**
 * What the investor is told of a lifecycle change, fired synchronously inside the change's transaction (so whoever
 * observes it, e.g. the mail outbox, writes in the same transaction): {@code received}, {@code sentBack},
 * {@code resent}, {@code rejected} or {@code approved}; the step (its id and name) and reason of an officer's decision, else null; the
 * items a revision step sent back for correction, each with its reason (else none).
 */
public record LifecycleEvent(
        UUID fileId,
        String fileNumber,
        String owner,
        String kind,
        String step,
        Labels stepName,
        String reason,
        List<Revision.Item> corrections) {
    public static final String RECEIVED = "received";
    /** The investor sent the file again with the corrections asked. */
    public static final String RESENT = "resent";

    public static final String SENT_BACK = "sentBack";
    public static final String REJECTED = "rejected";
    public static final String APPROVED = "approved";
}

package org.eregistrations.web.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the mail outbox's sender (see docs/operations.md). */
@ConfigMapping(prefix = "eregistrations.notify")
public interface NotifyConfig {
    /** Whether this node sends the outbox's mails (every node may: they claim rows with skip locked). */
    @WithDefault("true")
    boolean sender();

    /** How often the sender looks for due mails. */
    @WithDefault("PT5S")
    Duration interval();

    /** At most this many mails per look (one transaction, rows locked while they are sent). */
    @WithDefault("20")
    int batch();

    /** The wait after a first failed attempt; it doubles with every further failure, up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration firstRetry();

    @WithDefault("PT1H")
    Duration maxBackoff();
}

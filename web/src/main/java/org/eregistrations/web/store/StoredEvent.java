package org.eregistrations.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One event of a file as stored: the change, its microsecond stamp, who made it, and why (change, restore, …). */
public record StoredEvent(
        long seq,
        String path,
        JsonNode value,
        boolean removed,
        Instant at,
        String user,
        String session,
        String rulesetVersion,
        String cause) {}

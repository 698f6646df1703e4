package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.engine.lifecycle.FileStatus;

/** A file as the API returns it: its values, what the rules derive from them, its status and its steps. */
public record FileView(
        UUID id,
        String serviceId,
        String owner,
        FileStatus status,
        long version,
        String rulesetVersion,
        Map<String, JsonNode> values,
        DerivationView derivation,
        Map<String, String> steps,
        List<String> pendingSteps) {}

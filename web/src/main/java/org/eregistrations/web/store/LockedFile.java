package org.eregistrations.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A file's row, locked by the reading transaction, with its current values: what a change of it starts from. */
public record LockedFile(FileRecord file, Map<String, JsonNode> values) {}

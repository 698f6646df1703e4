package org.eregistrations.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A file's version and the current value of each of its properties, read together. */
public record FileState(long version, Map<String, JsonNode> values) {}

package org.eregistrations.config.scenario;

import java.util.List;
import org.eregistrations.engine.derivation.FileValues;

/** One declarative test of a service: given these values, expect these derived sets, amounts and fields. */
public record Scenario(String name, String file, int line, FileValues given, List<Expectation> expectations) {
    public Scenario {
        expectations = List.copyOf(expectations);
    }

    /** {@code file:line}, for reports. */
    public String location() {
        return file + ":" + line;
    }
}

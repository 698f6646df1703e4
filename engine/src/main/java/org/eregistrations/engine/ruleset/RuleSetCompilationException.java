package org.eregistrations.engine.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle's rules do not compile; each message names the file, line and column. */
public class RuleSetCompilationException extends Exception {
    private final List<CompileMessage> messages;

    public RuleSetCompilationException(List<CompileMessage> messages) {
        super(messages.stream().map(CompileMessage::toString).collect(Collectors.joining("\n")));
        this.messages = List.copyOf(messages);
    }

    public List<CompileMessage> messages() {
        return messages;
    }
}

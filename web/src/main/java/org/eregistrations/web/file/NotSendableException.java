package org.eregistrations.web.file;

import java.util.List;

/** The file cannot be sent while required items are missing; lists them. */
public class NotSendableException extends RuntimeException {
    private final List<String> missing;

    public NotSendableException(List<String> missing) {
        super("the file cannot be sent while items are missing: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}

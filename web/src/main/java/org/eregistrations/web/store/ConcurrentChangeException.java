package org.eregistrations.web.store;

/** An append named a file version that is no longer the current one: someone else changed the file first. */
public class ConcurrentChangeException extends RuntimeException {
    private final long currentVersion;

    public ConcurrentChangeException(long expectedVersion, long currentVersion) {
        super("the file changed: expected version " + expectedVersion + " but it is at version " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

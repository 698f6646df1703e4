package org.eregistrations.engine.ruleset;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Idle {@link FileSession}s of one ruleset, each already holding the catalogue, for stateless derivations: a caller
 * takes one (or opens one when none is idle), brings it to its file's values by difference, and gives it back. At most
 * {@code capacity} sessions stay idle; a session whose derivation failed is disposed, never given back.
 */
final class SessionPool {
    private final BlockingQueue<FileSession> idle;
    private final Supplier<FileSession> open;

    SessionPool(int capacity, Supplier<FileSession> open) {
        this.idle = new ArrayBlockingQueue<>(capacity);
        this.open = open;
    }

    <T> T with(Function<FileSession, T> work) {
        FileSession session = idle.poll();
        if (session == null) {
            session = open.get();
        }
        T result;
        try {
            result = work.apply(session);
        } catch (RuntimeException | Error e) {
            session.dispose();
            throw e;
        }
        if (!idle.offer(session)) {
            session.dispose();
        }
        return result;
    }

    int idleCount() {
        return idle.size();
    }
}

package org.eregistrations.web.file;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.LiveDerivation;
import org.eregistrations.engine.ruleset.RuleSet;

/**
 * The rules engine's live sessions of open files, one per file and ruleset version, bounded by count and idle time: a
 * file's next derivation feeds its session only the facts that changed. A cache, never the truth: the caller names the
 * file's version in the database, and a session at another version (another tab, another instance, a restore) is
 * brought to the values of that version by difference; another ruleset version (a rule swap, a migration) is another
 * session. One thread at a time uses a session.
 */
@ApplicationScoped
public class LiveSessions {
    private final Cache<Key, Session> sessions;
    private final LongAdder derivations = new LongAdder();
    private final LongAdder opened = new LongAdder();
    private final Derivations timings;

    /** Its size, gets (hits and misses: a file that had a session or not) and evictions are metrics {@code cache_*}. */
    @Inject
    LiveSessions(LiveSessionsConfig config, Derivations timings, MeterRegistry metrics) {
        this(config, Ticker.systemTicker(), ForkJoinPool.commonPool(), timings);
        CaffeineCacheMetrics.monitor(metrics, sessions, "live-sessions");
    }

    /** With the clock idle time is measured by and where a dropped session is closed: for tests. */
    LiveSessions(LiveSessionsConfig config, Ticker ticker, Executor executor) {
        this(config, ticker, executor, new Derivations(new SimpleMeterRegistry()));
    }

    private LiveSessions(LiveSessionsConfig config, Ticker ticker, Executor executor, Derivations timings) {
        this.timings = timings;
        sessions = Caffeine.newBuilder()
                .recordStats()
                .ticker(ticker)
                .executor(executor)
                .maximumSize(config.maxSessions())
                .expireAfterAccess(config.idleTimeout())
                .removalListener((Key key, Session session, RemovalCause cause) -> {
                    if (session != null) {
                        session.close();
                    }
                })
                .build();
    }

    /** A file under one ruleset version. */
    private record Key(UUID file, String rulesetVersion) {}

    /**
     * What the rules derive from a file's values at {@code version}: the session's last derivation when it is at that
     * version, else the session brought to {@code values} (asked for only then).
     */
    public Derivation derive(UUID file, long version, RuleSet ruleSet, Supplier<FileValues> values) {
        Key key = new Key(file, ruleSet.version());
        for (int attempt = 0; attempt < 3; attempt++) {
            Session session = sessions.get(key, k -> new Session());
            Derivation derived = session.derive(ruleSet, version, values, this);
            if (derived != null) {
                return derived;
            }
            // closed by eviction between the look-up and now: take a new one
            sessions.asMap().remove(key, session);
        }
        derivations.increment();
        return timings.stateless(ruleSet, values.get());
    }

    /**
     * Closes a file's sessions: what they derived last may not be what the database holds (a transaction that derived a
     * change was rolled back).
     */
    public void forget(UUID file) {
        sessions.asMap().keySet().removeIf(key -> key.file().equals(file));
    }

    /** Derivations made since start (in a session or, rarely, stateless): each is the rules' work for one request. */
    public long derivations() {
        return derivations.sum();
    }

    /** Sessions opened since start: each pays the catalogue's facts and a first derivation. */
    public long sessionsOpened() {
        return opened.sum();
    }

    /** Sessions cached now (after pending evictions). */
    public long size() {
        sessions.cleanUp();
        return sessions.estimatedSize();
    }

    /** Closes every session: after this their files are derived by new ones. */
    public void clear() {
        sessions.invalidateAll();
        sessions.cleanUp();
    }

    @PreDestroy
    void close() {
        clear();
    }

    /** One file's session, the version of the values it holds and what it derived from them. */
    private static final class Session {
        private LiveDerivation live;
        private long version = -1;
        private Derivation last;
        private boolean closed;

        /** Null when the session was closed meanwhile. */
        synchronized Derivation derive(
                RuleSet ruleSet, long version, Supplier<FileValues> values, LiveSessions counts) {
            if (closed) {
                return null;
            }
            if (live != null && this.version == version) {
                return last;
            }
            if (live == null) {
                live = ruleSet.openLive();
                counts.opened.increment();
            }
            counts.derivations.increment();
            try {
                last = counts.timings.timed(Derivations.LIVE, ruleSet, () -> live.derive(values.get()));
                this.version = version;
                return last;
            } catch (RuntimeException e) {
                // a failed session is not used again; the next request opens a new one
                live.close();
                live = null;
                throw e;
            }
        }

        synchronized void close() {
            closed = true;
            if (live != null) {
                live.close();
                live = null;
            }
        }
    }
}

package org.eregistrations.web.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eregistrations.benchmarks.GeneratedService;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cache of live sessions on its own: what it answers, when it derives, what it evicts, and threads at once. */
class LiveSessionsTest {
    private static GeneratedService service;
    private static RuleSet ruleSet;
    private static List<FileValues> cycle;

    private final AtomicLong nanos = new AtomicLong();

    @BeforeAll
    static void compile() {
        service = GeneratedService.of(20);
        ruleSet = service.compile();
        cycle = service.cycle();
    }

    private LiveSessions sessions(long max, Duration idle) {
        LiveSessionsConfig config = new LiveSessionsConfig() {
            @Override
            public long maxSessions() {
                return max;
            }

            @Override
            public Duration idleTimeout() {
                return idle;
            }
        };
        return new LiveSessions(config, nanos::get, Runnable::run);
    }

    @Test
    void aSessionAtTheAskedVersionAnswersWithoutDerivingAndAnotherVersionIsBroughtToItsValues() {
        LiveSessions sessions = sessions(10, Duration.ofMinutes(20));
        UUID file = UUID.randomUUID();
        Derivation first = sessions.derive(file, 1, ruleSet, () -> cycle.get(0));
        Derivation again = sessions.derive(file, 1, ruleSet, () -> {
            throw new AssertionError("the values are not asked for at the version the session holds");
        });
        assertThat(again).isSameAs(first);
        assertThat(sessions.derivations()).isEqualTo(1);

        for (int version = 2; version < cycle.size(); version++) {
            FileValues values = cycle.get(version);
            assertThat(sessions.derive(file, version, ruleSet, () -> values))
                    .isEqualTo(ruleSet.deriveInFreshSession(values));
        }
        // an older version (a tab that read before the last write) is brought back by difference, not from a cache
        assertThat(sessions.derive(file, 1, ruleSet, () -> cycle.get(0)))
                .isEqualTo(ruleSet.deriveInFreshSession(cycle.get(0)));
        assertThat(sessions.sessionsOpened()).isEqualTo(1);
    }

    @Test
    void anotherRulesetVersionIsAnotherSession() {
        LiveSessions sessions = sessions(10, Duration.ofMinutes(20));
        RuleSet other = GeneratedService.of(10).compile();
        UUID file = UUID.randomUUID();
        sessions.derive(file, 1, ruleSet, () -> cycle.get(0));
        FileValues values = GeneratedService.of(10).initialValues();
        assertThat(sessions.derive(file, 1, other, () -> values)).isEqualTo(other.deriveInFreshSession(values));
        assertThat(sessions.sessionsOpened()).isEqualTo(2);
    }

    @Test
    void sessionsBeyondTheSizeAndIdleOnesAreClosedAndTheirFilesDerivedAgain() {
        LiveSessions sessions = sessions(2, Duration.ofMinutes(20));
        List<UUID> files = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        files.forEach(file -> sessions.derive(file, 1, ruleSet, () -> cycle.get(1)));
        assertThat(sessions.size()).isEqualTo(2);
        files.forEach(file -> assertThat(sessions.derive(file, 1, ruleSet, () -> cycle.get(1)))
                .isEqualTo(ruleSet.deriveInFreshSession(cycle.get(1))));
        assertThat(sessions.sessionsOpened()).isGreaterThan(3);

        LiveSessions idle = sessions(10, Duration.ofMinutes(20));
        idle.derive(files.get(0), 1, ruleSet, () -> cycle.get(1));
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(21));
        assertThat(idle.size()).isZero();
        idle.derive(files.get(0), 1, ruleSet, () -> cycle.get(1));
        assertThat(idle.sessionsOpened()).isEqualTo(2);
    }

    @Test
    void threadsAskingForOneFileAtDifferentVersionsEachGetTheirVersionsDerivation() throws Exception {
        LiveSessions sessions = sessions(10, Duration.ofMinutes(20));
        UUID file = UUID.randomUUID();
        List<Derivation> expected =
                cycle.stream().map(ruleSet::deriveInFreshSession).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    boolean all = true;
                    for (int i = 0; i < 200; i++) {
                        int version = (i * 7 + offset) % cycle.size();
                        all &= sessions.derive(file, version, ruleSet, () -> cycle.get(version))
                                .equals(expected.get(version));
                    }
                    return all;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sessions.sessionsOpened()).isEqualTo(1);
    }
}

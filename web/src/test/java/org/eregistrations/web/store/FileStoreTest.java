package org.eregistrations.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FileStoreTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Actor ANA = new Actor("ana", "session-1");

    @Inject
    FileStore store;

    private UUID newFile() {
        return store.createFile("company-registration", "ana").id;
    }

    @Test
    void appendedChangesAreTheCurrentStateAndEachIsAnEvent() {
        UUID file = newFile();
        long version = store.appendChanges(
                file,
                0,
                List.of(
                        new PropertyChange("guide.capital", JSON.numberNode(5000)),
                        new PropertyChange("guide.isImporter", JSON.booleanNode(true))),
                ANA,
                "v1",
                FileStore.CAUSE_CHANGE);
        version = store.appendChanges(
                file,
                version,
                List.of(new PropertyChange("guide.isImporter", null)),
                ANA,
                "v1",
                FileStore.CAUSE_CHANGE);

        assertThat(version).isEqualTo(3);
        assertThat(store.readCurrent(file)).containsOnlyKeys("guide.capital");
        assertThat(store.readEvents(file, "guide.isImporter"))
                .extracting(StoredEvent::seq, StoredEvent::removed, StoredEvent::user, StoredEvent::session)
                .containsExactly(tuple(2L, false, "ana", "session-1"), tuple(3L, true, "ana", "session-1"));
    }

    @Test
    void staleAppendIsRefusedWithTheCurrentVersion() {
        UUID file = newFile();
        store.appendChanges(
                file,
                0,
                List.of(new PropertyChange("guide.capital", JSON.numberNode(1))),
                ANA,
                "v1",
                FileStore.CAUSE_CHANGE);

        assertThatThrownBy(() -> store.appendChanges(
                        file,
                        0,
                        List.of(new PropertyChange("guide.capital", JSON.numberNode(2))),
                        ANA,
                        "v1",
                        FileStore.CAUSE_CHANGE))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> assertThat(e.currentVersion())
                        .isOne());
        assertThat(store.readCurrent(file).get("guide.capital").intValue()).isEqualTo(1);
    }

    @Test
    void ofConcurrentConflictingWritersExactlyOneWins() throws Exception {
        UUID file = newFile();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int value = i;
                writers.add(() -> {
                    try {
                        store.appendChanges(
                                file,
                                0,
                                List.of(new PropertyChange("guide.capital", JSON.numberNode(value))),
                                new Actor("user" + value, "s" + value),
                                "v1",
                                FileStore.CAUSE_CHANGE);
                        return true;
                    } catch (ConcurrentChangeException e) {
                        return false;
                    }
                });
            }
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> result : pool.invokeAll(writers)) {
                won.add(result.get());
            }
            assertThat(won).containsOnlyOnce(true);
            assertThat(store.findFile(file).orElseThrow().version).isOne();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Random changes from several users: at every recorded moment the state read back equals a replay of the events
     * up to it, and restoring to a moment brings every value back exactly.
     */
    @Test
    void stateAtEveryMomentEqualsAReplayAndRestoreBringsItBack() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        UUID file = newFile();
        List<String> paths = List.of(
                "guide.capital",
                "guide.isImporter",
                "dataForms.companyName",
                "dataForms.shareholders[0].name",
                "registrations.iva.checked");
        long version = 0;
        List<Instant> moments = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            List<PropertyChange> changes = new ArrayList<>();
            for (int i = random.nextInt(3) + 1; i > 0; i--) {
                String path = paths.get(random.nextInt(paths.size()));
                changes.add(new PropertyChange(path, random.nextInt(4) == 0 ? null : value(random)));
            }
            Actor actor = new Actor("user" + random.nextInt(3), "session" + random.nextInt(5));
            version = store.appendChanges(file, version, changes, actor, "v1", FileStore.CAUSE_CHANGE);
            moments.add(store.readEvents(file, null).get((int) version - 1).at());
        }
        List<StoredEvent> events = store.readEvents(file, null);
        for (Instant moment : moments) {
            assertThat(store.readAt(file, moment))
                    .as("seed %d at %s", seed, moment)
                    .isEqualTo(replay(events, moment));
        }
        assertThat(store.readCurrent(file)).isEqualTo(replay(events, Instant.MAX));

        Instant target = moments.get(random.nextInt(moments.size()));
        Map<String, JsonNode> expected = store.readAt(file, target);
        store.restore(file, version, target, new Actor("configurator", "session-9"), "v1");
        assertThat(store.readCurrent(file)).as("seed %d", seed).isEqualTo(expected);
        assertThat(store.readEvents(file, null)
                        .get(store.readEvents(file, null).size() - 1)
                        .cause())
                .isIn(FileStore.CAUSE_RESTORE, FileStore.CAUSE_CHANGE);
    }

    private static JsonNode value(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> JSON.numberNode(random.nextInt(100_000));
            case 1 -> JSON.booleanNode(random.nextBoolean());
            default -> JSON.textNode("text " + random.nextInt(50));
        };
    }

    private static Map<String, JsonNode> replay(List<StoredEvent> events, Instant until) {
        Map<String, JsonNode> state = new TreeMap<>();
        for (StoredEvent event : events) {
            if (event.at().isAfter(until)) {
                break;
            }
            if (event.removed()) {
                state.remove(event.path());
            } else {
                state.put(event.path(), event.value());
            }
        }
        return state;
    }
}

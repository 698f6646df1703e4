package org.eregistrations.web.partb;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.testing.RenderTimes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The time Qute takes to render a queue page of 50 rows, one thread, after 2 000 renders of warm-up: the part of a queue
 * request that is the template's. Writes {@code web/target/benchmarks/queue-render.txt}:
 *
 * <pre>
 * ./mvnw -B -pl web -am test -Dtest=QueueRenderBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class QueueRenderBenchmark {
    private static final int RENDERS = 2_000;

    @Test
    void aQueuePageOfFiftyRows() throws Exception {
        List<MyWorkPage.QueueItem> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(new MyWorkPage.QueueItem(
                    "2026-%06d".formatted(i),
                    "Café Nº " + i,
                    "María José Hernández " + i,
                    "12 nov 2026 10:0" + (i % 10),
                    "13 nov 2026 11:2" + (i % 10),
                    true,
                    i % 2 == 0 ? "clerk" : "",
                    "Registro mercantil, NIT",
                    "/work/files/" + i));
        }
        PageInfo page = new PageInfo("es", "clerk", List.of("officer", "registryOfficer"), "token", "/work/s/revision");
        Map<String, String> tabs = new LinkedHashMap<>();
        for (QueueQuery.Tab tab : QueueQuery.Tab.values()) {
            tabs.put(tab.id(), "/work/s/revision?tab=" + tab.id());
        }
        RenderTimes.measure(
                "QueueRenderBenchmark: a queue page of 50 rows",
                "queue-render.txt",
                RENDERS,
                () -> MyWorkPage.Templates.queue(
                                page,
                                "Company",
                                "Revision",
                                "pending",
                                tabs,
                                "/work/s/revision",
                                "",
                                "waiting",
                                true,
                                "any",
                                rows,
                                1650,
                                false,
                                1,
                                33,
                                null,
                                "/work/s/revision?page=2")
                        .render());
    }
}

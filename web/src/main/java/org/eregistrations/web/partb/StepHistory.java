package org.eregistrations.web.partb;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.StoredEvent;

/** Each step's history on the review page: its decisions and who held it, with who and when, from the file's events. */
@ApplicationScoped
class StepHistory {
    private final FileStore store;
    private final LocalTimes times;

    StepHistory(FileStore store, LocalTimes times) {
        this.store = store;
        this.times = times;
    }

    /** A line of a step's history. */
    record Line(String when, String who, String what) {}

    Map<String, List<Line>> of(UUID file, String lang) {
        Map<String, List<Line>> steps = new HashMap<>();
        for (StoredEvent event : store.readEvents(file, null)) {
            if (!event.path().startsWith("steps.") || event.removed() || event.value() == null) {
                continue;
            }
            PropertyPath.find(event.path()).ifPresent(path -> {
                String what = null;
                String step = null;
                if (path instanceof PropertyPath.StepDecision decision) {
                    step = decision.step();
                    String reason = event.value().path("reason").asText("");
                    what = Texts.get(
                                    lang,
                                    "history_" + event.value().path("decision").asText())
                            + (reason.isEmpty() ? "" : ": " + reason);
                } else if (path instanceof PropertyPath.StepAssignee assignee) {
                    step = assignee.step();
                    what = Texts.get(
                            lang, "history_assigned", "user", event.value().asText());
                }
                if (step != null) {
                    steps.computeIfAbsent(step, key -> new ArrayList<>())
                            .add(new Line(times.minute(event.at()), event.user(), what));
                }
            });
        }
        return steps;
    }
}

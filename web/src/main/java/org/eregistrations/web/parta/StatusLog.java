package org.eregistrations.web.parta;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.StoredEvent;

/**
 * The file's public status log on its overview: when it was received, sent back, sent again, each step approved, and
 * how it ended — read from its events (the status and the steps' states), nothing the officers keep to themselves.
 */
@ApplicationScoped
class StatusLog {
    private final FileStore store;
    private final LocalTimes times;

    StatusLog(FileStore store, LocalTimes times) {
        this.store = store;
        this.times = times;
    }

    /** One line of the log: when, and what happened. */
    record LogItem(String when, String what) {}

    List<LogItem> of(Opened opened, String lang) {
        Map<String, ProcessingStep> steps = opened.catalogue().processingSteps().stream()
                .collect(Collectors.toMap(ProcessingStep::id, Function.identity()));
        List<LogItem> log = new ArrayList<>();
        boolean received = false;
        for (StoredEvent event : store.readEvents(opened.file().id(), null)) {
            if (event.removed() || event.value() == null) {
                continue;
            }
            String value = event.value().asText();
            if (event.path().equals(new PropertyPath.Status().format())) {
                String key =
                        switch (value) {
                            case "SUBMITTED" -> received ? "log_resent" : "log_received";
                            case "SENT_BACK", "APPROVED", "REJECTED", "WITHDRAWN" -> "log_" + value;
                            default -> null;
                        };
                received |= value.equals("SUBMITTED");
                if (key != null) {
                    log.add(new LogItem(times.minute(event.at()), Texts.get(lang, key)));
                }
            } else if (value.equals("APPROVED")) {
                PropertyPath.stepOf(event.path())
                        .map(steps::get)
                        .ifPresent(step -> log.add(new LogItem(
                                times.minute(event.at()),
                                Texts.get(
                                        lang,
                                        "log_step_approved",
                                        "step",
                                        step.name().in(lang)))));
            }
        }
        return log;
    }
}

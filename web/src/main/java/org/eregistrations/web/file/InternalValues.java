package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.web.store.StoredEvent;

/**
 * What of a file is kept among officers: who holds it at a step, the fields of a step's form, and why a step was
 * paused. The file's owner reads the file and its history without them, through every call of the API; officers and
 * configurators read everything.
 */
final class InternalValues {
    private InternalValues() {}

    /** The file as {@code caller} may read it: without the internal values when the caller is its owner. */
    static FileView shownTo(FileView view, Caller caller) {
        if (!caller.user().equals(view.owner())) {
            return view;
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        view.values().forEach((path, value) -> shown(path, value).ifPresent(kept -> values.put(path, kept)));
        return new FileView(
                view.id(),
                view.serviceId(),
                view.owner(),
                view.status(),
                view.version(),
                view.rulesetVersion(),
                values,
                view.derivation(),
                view.steps(),
                view.pendingSteps());
    }

    /** The events of a file as its owner may read them: without those of internal values. */
    static List<StoredEvent> shownToOwner(List<StoredEvent> events) {
        return events.stream()
                .flatMap(event -> (event.removed()
                                ? Optional.of(event)
                                : shown(event.path(), event.value())
                                        .map(value -> new StoredEvent(
                                                event.seq(),
                                                event.path(),
                                                value,
                                                false,
                                                event.at(),
                                                event.user(),
                                                event.session(),
                                                event.rulesetVersion(),
                                                event.cause())))
                        .filter(kept -> !internal(kept.path())).stream())
                .toList();
    }

    /** A value as the owner may read it: none for a holder or a step form's field, a pause without its reason. */
    private static Optional<JsonNode> shown(String path, JsonNode value) {
        if (internal(path)) {
            return Optional.empty();
        }
        if (value instanceof ObjectNode decision
                && decision.has("reason")
                && PropertyPath.find(path).orElse(null) instanceof PropertyPath.StepDecision
                && decision.path("decision").asText().equals("pause")) {
            ObjectNode without = decision.deepCopy();
            without.remove("reason");
            return Optional.of(without);
        }
        return Optional.of(value);
    }

    private static boolean internal(String path) {
        if (!path.startsWith("steps.")) {
            return false;
        }
        PropertyPath parsed = PropertyPath.find(path).orElse(null);
        return parsed instanceof PropertyPath.StepAssignee || parsed instanceof PropertyPath.StepField;
    }
}

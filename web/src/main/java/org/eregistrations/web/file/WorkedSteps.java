package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.web.store.FileRecord;

/**
 * Whether an officer may work a step of a file now: the step is the service's, the officer holds its role at its
 * institution, and at an assignable step that someone took, the officer is the one who took it.
 */
@ApplicationScoped
class WorkedSteps {
    private final FileAccess access;

    WorkedSteps(FileAccess access) {
        this.access = access;
    }

    /** The step the officer may work on the file with these current values; else why not, as an exception. */
    ProcessingStep check(FileRecord file, String step, Map<String, JsonNode> values, Caller caller) {
        ProcessingStep worked = access.serviceOf(file).catalogue().processingSteps().stream()
                .filter(s -> s.id().equals(step))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("step", "no processing step '" + step + "'"));
        if (!caller.works(worked)) {
            throw new AccessDeniedException(
                    "step '" + step + "' is worked by role '" + String.join("' or '", worked.roles()) + "'"
                            + (worked.institution() == null ? "" : " at institution '" + worked.institution() + "'"));
        }
        if (worked.assignable()) {
            // only the officer who took the file decides an assignable step, through the pages or the API
            JsonNode holder = values.get(new PropertyPath.StepAssignee(step).format());
            if (holder != null && holder.isTextual() && !holder.asText().equals(caller.user())) {
                throw new IllegalTransitionException(
                        "step '" + step + "' of this file is taken by " + holder.asText() + "; only they decide it");
            }
        }
        return worked;
    }
}

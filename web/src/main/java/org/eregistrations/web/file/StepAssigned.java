package org.eregistrations.web.file;

import java.util.UUID;
import org.eregistrations.config.catalogue.Labels;

/**
 * A file given to an officer at a step by round robin, fired synchronously inside the change's transaction (so the
 * mail to the officer is queued in the same transaction).
 */
public record StepAssigned(UUID fileId, String fileNumber, String officer, String step, Labels stepName) {}

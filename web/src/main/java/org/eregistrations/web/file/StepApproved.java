package org.eregistrations.web.file;

import java.util.List;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ProcessingStep;

/**
 * An officer approved a step of a file, fired synchronously inside the decision's transaction (so whoever observes it,
 * e.g. the issuing of certificates, writes in the same transaction, and a failure refuses the decision): the file as
 * the approval left it, its number, the catalogue it is worked with, the certificates it gets, the step and the officer.
 */
public record StepApproved(
        FileView file,
        String fileNumber,
        Catalogue catalogue,
        List<String> applicableCertificates,
        ProcessingStep step,
        Caller officer) {
    public StepApproved {
        applicableCertificates = List.copyOf(applicableCertificates);
    }
}

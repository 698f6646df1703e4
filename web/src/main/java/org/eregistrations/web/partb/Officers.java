package org.eregistrations.web.partb;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Visit;

/**
 * The visitor as the officers' pages see them: an officer, or refused (403); and the steps they work, by the rule of
 * {@link Caller#works}: a step that is not theirs is a page that does not exist.
 */
@ApplicationScoped
class Officers {
    private final Visit visit;
    private final PublishedServices services;

    Officers(Visit visit, PublishedServices services) {
        this.visit = visit;
        this.services = services;
    }

    /** A step of a published service the officer works, with its service. */
    record WorkedStep(PublishedService service, ProcessingStep step) {}

    /** The logged-in officer or supervisor; anyone else is refused. */
    Caller officer() {
        Caller caller = visit.caller();
        if (!caller.has(Caller.OFFICER) && !caller.has(Caller.SUPERVISOR)) {
            throw WorkRefusedException.notAnOfficer();
        }
        return caller;
    }

    /** The step of a published service the officer oversees; any other step does not exist for them. */
    WorkedStep worked(Caller officer, String serviceId, String stepId) {
        Optional<PublishedService> service = services.find(serviceId);
        return service.flatMap(s -> s.catalogue().processingSteps().stream()
                        .filter(step -> step.id().equals(stepId) && officer.oversees(step))
                        .findFirst()
                        .map(step -> new WorkedStep(s, step)))
                .orElseThrow(PageNotFoundException::new);
    }
}

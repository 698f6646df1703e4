package org.eregistrations.web.file;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;

/** The JSON API of a step's form ({@link StepForm}): what an approval of the step must send in {@code fields}. */
@Path("/api/files/{id}/steps/{step}/form")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class StepFormResource {
    private final FileAccess access;
    private final FileViews views;
    private final FileStore store;
    private final WorkedSteps steps;
    private final SecurityIdentity identity;

    StepFormResource(
            FileAccess access, FileViews views, FileStore store, WorkedSteps steps, SecurityIdentity identity) {
        this.access = access;
        this.views = views;
        this.store = store;
        this.steps = steps;
        this.identity = identity;
    }

    /** A field of the form: its name, type, whether it must be filled, its kind, and its label by language. */
    public record FieldOfStep(String name, String type, boolean required, String kind, Map<String, String> label) {}

    @GET
    @Transactional
    @Operation(summary = "The fields an approval of the step sends: declared fields and the front desk's checklist")
    public List<FieldOfStep> read(@PathParam("id") UUID id, @PathParam("step") String step) {
        Caller caller = Caller.of(identity);
        FileRecord file = access.readable(id, caller);
        ProcessingStep worked = steps.check(file, step, store.readCurrent(id), caller);
        return StepForm.of(worked, access.serviceOf(file).catalogue(), views.view(file)).items().stream()
                .map(item -> new FieldOfStep(
                        item.field().name(),
                        item.field().type().yamlName(),
                        item.kind() != StepForm.Kind.FIELD || item.field().required(),
                        item.kind().name(),
                        (item.kind() == StepForm.Kind.FIELD ? item.field().label() : item.subject()).byLanguage()))
                .toList();
    }
}

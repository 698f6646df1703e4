package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eregistrations.web.store.StoredEvent;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The JSON API of files: create, read, change values, guide, send, withdraw, discard, decisions, history, point in time. */
@Path("/api/files")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON) // no text/plain or form posts, which other sites' pages can send
public class FileResource {
    private final FileService files;
    private final LifecycleService lifecycle;
    private final DocumentService documents;
    private final HistoryService history;
    private final MigrationService migrations;
    private final SecurityIdentity identity;

    FileResource(
            FileService files,
            LifecycleService lifecycle,
            DocumentService documents,
            HistoryService history,
            MigrationService migrations,
            SecurityIdentity identity) {
        this.files = files;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.history = history;
        this.migrations = migrations;
        this.identity = identity;
    }

    /** Body of a migration: the version the client saw and the rule set version it previewed. */
    public record Migration(long expectedVersion, String toVersion) {}

    /** Body of a file creation. */
    public record NewFile(String serviceId) {}

    /** Body of a change of values: the version the client saw, and the new value of each path (null removes it). */
    public record ValueChanges(long expectedVersion, Map<String, JsonNode> values) {}

    /** Body of a lifecycle request or decision: the version the client saw and, to send back or reject, why. */
    public record Decision(long expectedVersion, String reason, Map<String, JsonNode> fields) {}

    /** Body of a restore: the version the client saw and the moment to bring the file back to. */
    public record Restore(long expectedVersion, String at) {}

    @POST
    @Operation(summary = "Create a file for a service")
    public Response createFile(NewFile body) {
        FileView file = files.createFile(body == null ? null : body.serviceId(), caller());
        // a path, not made absolute with the request's Host, which the client chooses
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/files/" + file.id())
                .entity(file)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a file: values, derivation, status and steps; with ?at= the file as it was then")
    public FileView readFile(@PathParam("id") UUID id, @QueryParam("at") String at) {
        return shown(
                at == null ? files.readFile(id, caller()) : history.readAt(id, ApiParameters.moment(at), caller()));
    }

    @PATCH
    @Path("/{id}/values")
    @Operation(summary = "Change several values at once, naming the version they apply to")
    public FileView changeValues(@PathParam("id") UUID id, ValueChanges body) {
        if (body == null || body.values() == null || body.values().isEmpty()) {
            throw new InvalidChangesException(List.of(new InvalidValueException("values", "no value to change")));
        }
        return shown(files.changeValues(id, body.expectedVersion(), body.values(), caller()));
    }

    @GET
    @Path("/{id}/guide")
    @Operation(summary = "What the rules derive from the file's values: the guide's sets, costs and what is missing")
    public DerivationView readGuide(@PathParam("id") UUID id) {
        return files.readGuide(id, caller());
    }

    @POST
    @Path("/{id}/send")
    @Operation(summary = "Send the file to Part B; refused while anything is missing")
    public FileView send(@PathParam("id") UUID id, Decision body) {
        return shown(lifecycle.send(id, version(body), caller()));
    }

    @POST
    @Path("/{id}/resubmit")
    @Operation(summary = "Send a corrected file back to the step that sent it back")
    public FileView resubmit(@PathParam("id") UUID id, Decision body) {
        return shown(lifecycle.resubmit(id, version(body), caller()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw the file before a decision closes it")
    public FileView withdraw(@PathParam("id") UUID id, Decision body) {
        return shown(lifecycle.withdraw(id, version(body), caller()));
    }

    @POST
    @Path("/{id}/discard")
    @Operation(summary = "Throw away a draft: it leaves the investor's files; its events stay in the log")
    public FileView discard(@PathParam("id") UUID id, Decision body) {
        return shown(lifecycle.discard(id, version(body), caller()));
    }

    @POST
    @Path("/{id}/steps/{step}/{decision: approve|sendBack|reject|pause|resume}")
    @Operation(
            summary = "An officer's decision on a processing step: approve, sendBack, reject or pause (with a reason),"
                    + " resume")
    public FileView decide(
            @PathParam("id") UUID id,
            @PathParam("step") String step,
            @PathParam("decision") String decision,
            Decision body) {
        return lifecycle.decide(
                id,
                version(body),
                step,
                decision,
                body == null ? null : body.reason(),
                body == null || body.fields() == null ? Map.of() : body.fields(),
                caller());
    }

    @POST
    @Path("/{id}/documents/{namespace: requirementUploads|paymentReceiptUploads}/{upload}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a document (PDF, JPEG or PNG) for a requirement upload or a payment receipt")
    public FileView uploadDocument(
            @PathParam("id") UUID id,
            @PathParam("namespace") String namespace,
            @PathParam("upload") String upload,
            @RestForm("expectedVersion") long expectedVersion,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException("file", "no document was sent")));
        }
        return shown(documents.upload(
                id, expectedVersion, namespace, upload, file.uploadedFile(), file.fileName(), caller()));
    }

    @GET
    @Path("/{id}/documents/{namespace: requirementUploads|paymentReceiptUploads}/{upload}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an uploaded document")
    public Response downloadDocument(
            @PathParam("id") UUID id, @PathParam("namespace") String namespace, @PathParam("upload") String upload) {
        DocumentService.Document document = documents.readDocument(id, namespace, upload, caller());
        return Response.ok(document.content().toFile(), document.mediaType())
                .header("Content-Disposition", ContentDisposition.of("attachment", document.name()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/migrations/{serviceId}")
    @Operation(summary = "Preview, per sent or closed file on another version, what moving to the active one changes")
    public List<MigrationService.Preview> previewMigrations(@PathParam("serviceId") String serviceId) {
        return migrations.preview(serviceId, caller());
    }

    @POST
    @Path("/{id}/migrate")
    @Operation(summary = "Move a sent or closed file to the active version it was previewed against (configurators)")
    public MigrationService.Preview migrate(@PathParam("id") UUID id, Migration body) {
        if (body == null || body.toVersion() == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException("toVersion", "is required")));
        }
        return migrations.migrate(id, body.expectedVersion(), body.toVersion(), caller());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every event of the file, or of one property with ?path=: each value, when and who")
    public List<StoredEvent> readHistory(@PathParam("id") UUID id, @QueryParam("path") String path) {
        return history.readHistory(id, ApiParameters.propertyPath(path), caller());
    }

    @POST
    @Path("/{id}/restore")
    @Operation(summary = "Bring every value back to a moment by appending the events that do so (configurators)")
    public FileView restore(@PathParam("id") UUID id, Restore body) {
        if (body == null || body.at() == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException("at", "is required")));
        }
        return history.restore(id, body.expectedVersion(), ApiParameters.moment(body.at()), caller());
    }

    /** A file as the caller may read it: its owner without what is kept among officers ({@link InternalValues}). */
    private FileView shown(FileView view) {
        return InternalValues.shownTo(view, caller());
    }

    /** The caller with the login session of its credential; a session a client names itself is never recorded. */
    private Caller caller() {
        return Caller.of(identity);
    }

    private static long version(Decision body) {
        if (body == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException("expectedVersion", "is required")));
        }
        return body.expectedVersion();
    }
}

package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eregistrations.web.security.ApiIdentityProvider;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The JSON API of files: create, read, change values, guide, send, withdraw, decisions, history, point in time. */
@Path("/api/files")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FileResource {
    static final String SESSION_HEADER = "X-Session-Id";

    private final FileService files;
    private final MigrationService migrations;
    private final SecurityIdentity identity;

    FileResource(FileService files, MigrationService migrations, SecurityIdentity identity) {
        this.files = files;
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
    public record Decision(long expectedVersion, String reason) {}

    /** Body of a restore: the version the client saw and the moment to bring the file back to. */
    public record Restore(long expectedVersion, String at) {}

    @POST
    @Operation(summary = "Create a file for a service")
    public Response createFile(NewFile body, @HeaderParam(SESSION_HEADER) String session) {
        FileView file = files.createFile(body == null ? null : body.serviceId(), caller(session));
        return Response.created(URI.create("/api/files/" + file.id()))
                .entity(file)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a file: values, derivation, status and steps; with ?at= the file as it was then")
    public FileView readFile(
            @PathParam("id") UUID id, @QueryParam("at") String at, @HeaderParam(SESSION_HEADER) String session) {
        return at == null ? files.readFile(id, caller(session)) : files.readAt(id, moment(at), caller(session));
    }

    @PATCH
    @Path("/{id}/values")
    @Operation(summary = "Change several values at once, naming the version they apply to")
    public FileView changeValues(
            @PathParam("id") UUID id, ValueChanges body, @HeaderParam(SESSION_HEADER) String session) {
        if (body == null || body.values() == null || body.values().isEmpty()) {
            throw new InvalidChangesException(List.of(new InvalidValueException("values", "no value to change")));
        }
        return files.changeValues(id, body.expectedVersion(), body.values(), caller(session));
    }

    @GET
    @Path("/{id}/guide")
    @Operation(summary = "What the rules derive from the file's values: the guide's sets, costs and what is missing")
    public DerivationView readGuide(@PathParam("id") UUID id, @HeaderParam(SESSION_HEADER) String session) {
        return files.readGuide(id, caller(session));
    }

    @POST
    @Path("/{id}/send")
    @Operation(summary = "Send the file to Part B; refused while anything is missing")
    public FileView send(@PathParam("id") UUID id, Decision body, @HeaderParam(SESSION_HEADER) String session) {
        return files.send(id, version(body), caller(session));
    }

    @POST
    @Path("/{id}/resubmit")
    @Operation(summary = "Send a corrected file back to the step that sent it back")
    public FileView resubmit(@PathParam("id") UUID id, Decision body, @HeaderParam(SESSION_HEADER) String session) {
        return files.resubmit(id, version(body), caller(session));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw the file before a decision closes it")
    public FileView withdraw(@PathParam("id") UUID id, Decision body, @HeaderParam(SESSION_HEADER) String session) {
        return files.withdraw(id, version(body), caller(session));
    }

    @POST
    @Path("/{id}/steps/{step}/{decision: approve|sendBack|reject}")
    @Operation(summary = "An officer's decision on a processing step: approve, sendBack or reject (with a reason)")
    public FileView decide(
            @PathParam("id") UUID id,
            @PathParam("step") String step,
            @PathParam("decision") String decision,
            Decision body,
            @HeaderParam(SESSION_HEADER) String session) {
        return files.decide(id, version(body), step, decision, body == null ? null : body.reason(), caller(session));
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
            @RestForm("file") FileUpload file,
            @HeaderParam(SESSION_HEADER) String session) {
        if (file == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException("file", "no document was sent")));
        }
        return files.upload(
                id, expectedVersion, namespace, upload, file.uploadedFile(), file.fileName(), caller(session));
    }

    @GET
    @Path("/{id}/documents/{namespace: requirementUploads|paymentReceiptUploads}/{upload}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an uploaded document")
    public Response downloadDocument(
            @PathParam("id") UUID id,
            @PathParam("namespace") String namespace,
            @PathParam("upload") String upload,
            @HeaderParam(SESSION_HEADER) String session) {
        FileService.Document document = files.readDocument(id, namespace, upload, caller(session));
        return Response.ok(document.content().toFile(), document.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + document.name().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/migrations/{serviceId}")
    @Operation(summary = "Preview, per sent or closed file on another version, what moving to the active one changes")
    public List<MigrationService.Preview> previewMigrations(
            @PathParam("serviceId") String serviceId, @HeaderParam(SESSION_HEADER) String session) {
        return migrations.preview(serviceId, caller(session));
    }

    @POST
    @Path("/{id}/migrate")
    @Operation(summary = "Move a sent or closed file to the active version it was previewed against (configurators)")
    public MigrationService.Preview migrate(
            @PathParam("id") UUID id, Migration body, @HeaderParam(SESSION_HEADER) String session) {
        if (body == null || body.toVersion() == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException("toVersion", "is required")));
        }
        return migrations.migrate(id, body.expectedVersion(), body.toVersion(), caller(session));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every event of the file, or of one property with ?path=: each value, when and who")
    public List<StoredEvent> readHistory(
            @PathParam("id") UUID id, @QueryParam("path") String path, @HeaderParam(SESSION_HEADER) String session) {
        return files.readHistory(id, path, caller(session));
    }

    @POST
    @Path("/{id}/restore")
    @Operation(summary = "Bring every value back to a moment by appending the events that do so (configurators)")
    public FileView restore(@PathParam("id") UUID id, Restore body, @HeaderParam(SESSION_HEADER) String session) {
        if (body == null || body.at() == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException("at", "is required")));
        }
        return files.restore(id, body.expectedVersion(), moment(body.at()), caller(session));
    }

    private Caller caller(String session) {
        String sessionId = session == null || session.isBlank() ? "api-" + UUID.randomUUID() : session;
        return new Caller(
                identity.getPrincipal().getName(),
                sessionId,
                identity.getRoles(),
                identity.getAttribute(ApiIdentityProvider.INSTITUTION));
    }

    private static long version(Decision body) {
        if (body == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException("expectedVersion", "is required")));
        }
        return body.expectedVersion();
    }

    private static Instant moment(String at) {
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidChangesException(List.of(new InvalidValueException(
                    "at", "'" + at + "' is not an ISO instant such as 2026-11-22T10:15:30.123456Z")));
        }
    }
}

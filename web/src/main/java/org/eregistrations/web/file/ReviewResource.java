package org.eregistrations.web.file;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The JSON API of a revision step's item-by-item review ({@link Revisions}). */
@Path("/api/files/{id}/steps/{step}/review")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {
    private final Revisions revisions;
    private final SecurityIdentity identity;

    ReviewResource(Revisions revisions, SecurityIdentity identity) {
        this.revisions = revisions;
        this.identity = identity;
    }

    /** One item's mark: {@code status} valid or invalid; when invalid a {@code reasonType} and {@code reason}. */
    public record ItemMark(String status, String reasonType, String reason) {}

    /** Body of a review: the version the client saw and the marks, keyed {@code documents.<requirement>} and so on. */
    public record Review(Long expectedVersion, Map<String, ItemMark> marks) {}

    /** One item of the review as read: its key, its name, and its mark (status null: not reviewed yet). */
    public record ReviewedItem(String key, Map<String, String> name, String status, String reasonType, String reason) {}

    /** The review of a step as read: the items, and what the officer may decide now. */
    public record ReviewState(List<ReviewedItem> items, boolean complete, boolean allValid, boolean canSendBack) {}

    @GET
    @Operation(summary = "The items a revision step reviews, with their marks")
    public ReviewState read(@PathParam("id") UUID id, @PathParam("step") String step) {
        Revision revision = revisions.read(id, step, Caller.of(identity));
        return new ReviewState(
                revision.items().stream()
                        .map(item -> new ReviewedItem(
                                item.path().itemKey(),
                                item.name().byLanguage(),
                                item.mark() == null ? null : item.mark().valid() ? "valid" : "invalid",
                                item.mark() == null ? null : item.mark().reasonType(),
                                item.mark() == null ? null : item.mark().text()))
                        .toList(),
                revision.complete(),
                revision.allValid(),
                revision.canSendBack());
    }

    @POST
    @Operation(summary = "Mark documents, receipts and data sections valid or invalid at a revision step")
    public FileView review(@PathParam("id") UUID id, @PathParam("step") String step, Review body) {
        if (body == null || body.expectedVersion() == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException("expectedVersion", "is required")));
        }
        if (body.marks() == null || body.marks().isEmpty()) {
            throw new InvalidChangesException(List.of(new InvalidValueException("marks", "name at least one item")));
        }
        Map<String, Revision.Mark> marks = new LinkedHashMap<>();
        body.marks().forEach((key, mark) -> marks.put(key, mark(key, mark)));
        return revisions.review(id, body.expectedVersion(), step, marks, Caller.of(identity));
    }

    private static Revision.Mark mark(String key, ItemMark mark) {
        if (mark == null || mark.status() == null) {
            throw new InvalidChangesException(List.of(new InvalidValueException(key, "needs a status")));
        }
        return switch (mark.status()) {
            case "valid" -> Revision.Mark.VALID;
            case "invalid" -> new Revision.Mark(false, mark.reasonType(), mark.reason());
            default -> throw new InvalidChangesException(
                    List.of(new InvalidValueException(key, "status must be valid or invalid")));
        };
    }
}

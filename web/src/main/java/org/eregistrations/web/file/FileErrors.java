package org.eregistrations.web.file;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eregistrations.engine.derivation.DerivationException;
import org.eregistrations.engine.lifecycle.IllegalTransitionException;
import org.eregistrations.web.store.ConcurrentChangeException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the API answers what it refuses: a status and a JSON body that says what and why. */
public class FileErrors {
    /** One refused value. */
    public record PathError(String path, String reason) {}

    @ServerExceptionMapper
    public Response invalidChanges(InvalidChangesException e) {
        List<PathError> errors = e.problems().stream()
                .map(problem -> new PathError(problem.path(), problem.getMessage()))
                .toList();
        return Response.status(400)
                .entity(Map.of("error", e.getMessage(), "errors", errors))
                .build();
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e) {
        return Response.status(400)
                .entity(Map.of("error", e.getMessage(), "errors", List.of(new PathError(e.path(), e.getMessage()))))
                .build();
    }

    @ServerExceptionMapper
    public Response concurrentChange(ConcurrentChangeException e) {
        return Response.status(409)
                .entity(Map.of("error", e.getMessage(), "currentVersion", e.currentVersion()))
                .build();
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        return Response.status(409).entity(Map.of("error", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response notSendable(NotSendableException e) {
        return Response.status(422)
                .entity(Map.of("error", e.getMessage(), "missing", e.missing()))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(FileNotFoundException e) {
        return Response.status(404).entity(Map.of("error", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e) {
        return Response.status(403).entity(Map.of("error", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response derivationFailed(DerivationException e) {
        return Response.status(500)
                .entity(Map.of("error", "the service's rules failed: " + e.getMessage()))
                .build();
    }
}

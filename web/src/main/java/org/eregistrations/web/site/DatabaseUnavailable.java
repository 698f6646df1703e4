package org.eregistrations.web.site;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eregistrations.web.db.DatabaseException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request that failed because the database could not be reached (stopped, restarting, unreachable, its connections
 * cut, or none free in time) is answered 503 with {@code Retry-After}, as JSON on the API and as a page elsewhere, not
 * as a 500: nothing was stored, and the same request may be sent again in a moment. Any other failure of the database
 * layer stays a 500, logged. The page is drawn without the visitor's session, which lives in the database.
 */
public class DatabaseUnavailable {
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "5";
    /** PostgreSQL's connection exceptions (class 08) and shutdowns in progress (57P01–57P03). */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private final Pages pages;
    private final Visit visit;

    DatabaseUnavailable(Pages pages, Visit visit) {
        this.pages = pages;
        this.visit = visit;
    }

    @ServerExceptionMapper({
        DatabaseException.class,
        PersistenceException.class,
        QuarkusTransactionException.class,
        TransactionalException.class,
        ArcUndeclaredThrowableException.class
    })
    public Response unavailable(RuntimeException failure, UriInfo uri) {
        if (!unreachable(failure)) {
            LOG.error("request failed in the database layer", failure);
            return Response.serverError().build();
        }
        LOG.warnf("database unreachable, answered 503: %s", rootMessage(failure));
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(503)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "the database is unavailable; nothing was stored, try again shortly"))
                    .build();
        }
        PageInfo page = new PageInfo(visit.language().code(), null, List.of(), "", uri.getPath());
        return Response.fromResponse(pages.html(
                        ErrorPages.Templates.error(page, "error_unavailable_title", "error_unavailable_text"), 503))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** Whether a failure comes from a database that cannot be reached, anywhere along its causes or suppressed ones. */
    static boolean unreachable(Throwable failure) {
        return unreachable(failure, 0);
    }

    private static boolean unreachable(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return false;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || UNREACHABLE_STATES.contains(state))) {
                return true;
            }
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            // Agroal: no connection came free (or could be opened) within the acquisition timeout
            if (message.contains("acquisition timeout") || message.contains("connection has been closed")) {
                return true;
            }
        }
        if (failure instanceof java.net.ConnectException) {
            return true;
        }
        // a failed commit carries the driver's error as a suppressed exception of the transaction manager's
        for (Throwable suppressed : failure.getSuppressed()) {
            if (unreachable(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && unreachable(failure.getCause(), depth + 1);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

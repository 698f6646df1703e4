package org.eregistrations.web.configure;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eregistrations.web.services.ActivationGate;
import org.eregistrations.web.services.BundleFiles;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.RuleSetVersions;

/**
 * Configurators change services on the running instance: upload a bundle, read the outcome, roll back, retire. A bundle
 * comes only as a zip, which no other site's page can post; the actions without a body are refused when a browser says
 * another site sent them ({@link org.eregistrations.web.account.CrossSiteRequests}).
 */
@Path("/api/rulesets")
@RolesAllowed("configurator")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final ActivationGate gate;
    private final PublishedServices services;
    private final SecurityIdentity identity;
    private final RuleSetVersions versions;

    RuleSetResource(
            ActivationGate gate, PublishedServices services, SecurityIdentity identity, RuleSetVersions versions) {
        this.gate = gate;
        this.versions = versions;
        this.services = services;
        this.identity = identity;
    }

    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Upload a bundle (zip); it is compiled, validated and tested, then activated, off the request;"
                    + " with activate=false one that passes is only stored, to be tried and activated later")
    public Response uploadBundle(@QueryParam("activate") @DefaultValue("true") boolean activate, byte[] zip) {
        BundleFiles bundle;
        try {
            bundle = BundleFiles.fromZip(zip);
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(Map.of("error", e.getMessage())).build();
        }
        RuleSetVersions.Attempt attempt = activate ? gate.submit(bundle, user()) : gate.submitToCheck(bundle, user());
        // a path, not made absolute with the request's Host, which the client chooses
        return Response.accepted(attempt)
                .header("Location", "/api/rulesets/attempts/" + attempt.id())
                .build();
    }

    @GET
    @Path("/attempts")
    @Operation(summary = "The latest activation attempts, newest first, from uploads and from the watched folder")
    public List<RuleSetVersions.Attempt> readRecentAttempts() {
        return gate.recentAttempts();
    }

    @GET
    @Path("/attempts/{id}")
    @Operation(summary = "The outcome of an upload: pending, activated, or refused with its file:line messages")
    public RuleSetVersions.Attempt readAttempt(@PathParam("id") UUID id) {
        return gate.attempt(id).orElseThrow(() -> new NotFoundException("no attempt " + id));
    }

    @GET
    @Path("/{serviceId}/activations")
    @Operation(summary = "Every activation of a service: which version, by whom, when")
    public List<RuleSetVersions.Activation> readActivations(@PathParam("serviceId") String serviceId) {
        return gate.activations(id(serviceId));
    }

    @GET
    @Path("/{serviceId}/versions")
    @Operation(summary = "The versions stored for a service, newest first: activated ones and ones checked to be tried")
    public List<RuleSetVersions.StoredVersion> readVersions(@PathParam("serviceId") String serviceId) {
        return versions.readVersions(id(serviceId));
    }

    @POST
    @Path("/{serviceId}/versions/{version}/activate")
    @Operation(
            summary = "Activate a stored version: an earlier one again (roll back) or one checked but never active;"
                    + " it passes its scenarios again first")
    public Response rollBack(@PathParam("serviceId") String serviceId, @PathParam("version") String version) {
        try {
            RuleSetVersions.Attempt attempt = gate.activateStored(id(serviceId), id(version), user());
            return Response.status(attempt.status().equals("activated") ? 200 : 422)
                    .entity(attempt)
                    .build();
        } catch (IllegalArgumentException e) {
            return Response.status(404).entity(Map.of("error", e.getMessage())).build();
        }
    }

    @POST
    @Path("/{serviceId}/retire")
    @Operation(summary = "Retire a service: no new files; files in progress go on")
    public Response retire(@PathParam("serviceId") String serviceId) {
        try {
            services.retire(id(serviceId), user());
            return Response.noContent().build();
        } catch (IllegalArgumentException e) {
            return Response.status(404).entity(Map.of("error", e.getMessage())).build();
        }
    }

    /** A service id or version as bundles name them; anything else names nothing here. */
    private static String id(String name) {
        if (!ID.matcher(name).matches()) {
            throw new NotFoundException("no service or version '" + name + "'");
        }
        return name;
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}

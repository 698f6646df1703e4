package org.eregistrations.web.services;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The published services, as the JSON API shows them. */
@Path("/api/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {
    private final PublishedServices services;

    ServiceResource(PublishedServices services) {
        this.services = services;
    }

    /** A service as listed by the API: id, names per language, ruleset version and its rule count. */
    public record ServiceSummary(String id, Map<String, String> name, String version, int rules) {
        static ServiceSummary of(PublishedServices.PublishedService service) {
            return new ServiceSummary(
                    service.catalogue().id(),
                    service.catalogue().name().byLanguage(),
                    service.ruleSet().version(),
                    service.ruleSet().rules().size());
        }
    }

    @GET
    public List<ServiceSummary> listServices() {
        return services.all().stream().map(ServiceSummary::of).toList();
    }

    @GET
    @Path("/{serviceId}")
    public ServiceSummary findService(@PathParam("serviceId") String serviceId) {
        return services.find(serviceId)
                .map(ServiceSummary::of)
                .orElseThrow(() -> new NotFoundException("no published service '" + serviceId + "'"));
    }
}

package org.eregistrations.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.services.RuleSetVersions;

/**
 * Ready when this instance serves every service the database says is active, each with its active version loaded; a
 * version this instance could not load makes it not ready, with why. Data: each service's version (or the failure).
 */
@Readiness
@ApplicationScoped
class ServicesReadiness implements HealthCheck {
    private final RuleSetVersions versions;
    private final PublishedServices services;

    ServicesReadiness(RuleSetVersions versions, PublishedServices services) {
        this.versions = versions;
        this.services = services;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("published services");
        boolean up = true;
        Map<String, String> failures = services.loadFailures();
        for (Map.Entry<String, Optional<String>> active :
                versions.readActiveVersions().entrySet()) {
            if (active.getValue().isEmpty()) {
                continue; // retired
            }
            String serviceId = active.getKey();
            Optional<String> served =
                    services.find(serviceId).map(PublishedService::ruleSet).map(ruleSet -> ruleSet.version());
            if (failures.containsKey(serviceId)) {
                up = false;
                response.withData(serviceId, failures.get(serviceId));
            } else if (served.isEmpty()) {
                up = false;
                response.withData(serviceId, "not loaded");
            } else {
                response.withData(serviceId, served.get().substring(0, 12));
            }
        }
        return response.status(up).build();
    }
}

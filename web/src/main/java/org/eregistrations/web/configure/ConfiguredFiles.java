package org.eregistrations.web.configure;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Visit;
import org.eregistrations.web.store.FileRecord;

/** The file a configuration page's address names, always with its service: a file under another service is not found. */
@ApplicationScoped
class ConfiguredFiles {
    private final PublishedServices services;
    private final Visit visit;

    ConfiguredFiles(PublishedServices services, Visit visit) {
        this.services = services;
        this.visit = visit;
    }

    /** The file a page is about. */
    public record Shown(String id, String number, String serviceId, String serviceName, String status, long version) {
        public String href() {
            return "/configure/files/" + serviceId + "/" + id;
        }

        UUID fileId() {
            return UUID.fromString(id);
        }
    }

    /** The file named by the address, which must be of the service it names; a 404 otherwise. */
    Shown file(String serviceId, String id) {
        UUID fileId = Versions.idOrNotFound(id);
        FileRecord file = FileRecord.<FileRecord>findByIdOptional(fileId)
                .filter(found -> found.serviceId.equals(serviceId))
                .orElseThrow(PageNotFoundException::new);
        String name = services.find(serviceId)
                .map(s -> s.catalogue().name().in(visit.language().code()))
                .orElse(serviceId);
        return new Shown(file.id.toString(), FileNumbers.of(file), serviceId, name, file.status.name(), file.version);
    }

    /** The catalogue of a version of a service (the one active at some moment), else the service's current one. */
    Catalogue catalogue(String serviceId, String version) {
        return (version == null
                        ? Optional.<PublishedServices.PublishedService>empty()
                        : services.findVersion(serviceId, version))
                .or(() -> services.find(serviceId))
                .map(service -> service.catalogue())
                .orElseThrow(PageNotFoundException::new);
    }

    /** A stored value as the pages show it: a text as it is, anything else as JSON; null for none. */
    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}

package org.eregistrations.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Institution;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.account.Roles;
import org.eregistrations.web.file.Assignments;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;

/**
 * The roles and institutions a user administrator can give: the roles of the processing steps of the published
 * services, named by their steps and grouped by the steps' institution, the institutions the catalogues name, and the
 * platform's roles.
 */
@ApplicationScoped
class RoleChoices {
    /** The roles of the platform an administrator gives, besides the step roles. */
    static final List<String> PLATFORM =
            List.of(Roles.SUPERVISOR, Roles.STATISTICS, Roles.CONFIGURATOR, Roles.USER_ADMIN, Assignments.DISPATCHER);

    private final PublishedServices services;

    RoleChoices(PublishedServices services) {
        this.services = services;
    }

    /**
     * A step role, its label (the catalogue's {@code roles.<id>.label}, else its id) and the steps it works, e.g.
     * {@code registryOfficer}, "Commercial registry officer": "Register a company: Commercial registration".
     */
    public record StepRole(String role, String label, String steps) {}

    /** The step roles worked at an institution (its id and name; none: steps not bound to one). */
    public record Group(String institution, String name, List<StepRole> roles) {}

    /** An institution to choose. */
    public record Choice(String id, String name) {}

    /** A role of the platform and the key of the text saying what it does. */
    public record PlatformRole(String role, String key) {}

    /** What the forms offer, in a language. */
    public record Offered(List<Group> groups, List<String> platform, List<Choice> institutions) {
        public List<PlatformRole> platformRoles() {
            return platform.stream()
                    .map(role -> new PlatformRole(role, "admin_role_" + role))
                    .toList();
        }

        public boolean knows(String role) {
            return platform.contains(role)
                    || groups.stream().flatMap(g -> g.roles().stream()).anyMatch(r -> r.role()
                            .equals(role));
        }

        public boolean knowsInstitution(String id) {
            return institutions.stream().anyMatch(i -> i.id().equals(id));
        }
    }

    Offered offered(String language) {
        Map<String, String> institutions = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> stepsByRoleByInstitution = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> placed = new LinkedHashSet<>();
        for (PublishedService service : services.all()) {
            Catalogue catalogue = service.catalogue();
            for (Institution institution : catalogue.institutions()) {
                institutions.putIfAbsent(institution.id(), institution.name().in(language));
            }
            for (ProcessingStep step : catalogue.processingSteps()) {
                String at = step.institution() == null ? "" : step.institution();
                if (!at.isEmpty()) {
                    institutions.putIfAbsent(at, at);
                }
                for (String role : step.roles()) {
                    if (!placed.add(role) && !placedAt(stepsByRoleByInstitution, at, role)) {
                        continue;
                    }
                    labels.putIfAbsent(role, catalogue.roleLabel(role, language));
                    stepsByRoleByInstitution
                            .computeIfAbsent(at, key -> new LinkedHashMap<>())
                            .computeIfAbsent(role, key -> new LinkedHashSet<>())
                            .add(catalogue.name().in(language) + ": "
                                    + step.name().in(language));
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        stepsByRoleByInstitution.forEach((at, roles) -> groups.add(new Group(
                at,
                institutions.getOrDefault(at, ""),
                roles.entrySet().stream()
                        .map(r -> new StepRole(r.getKey(), labels.get(r.getKey()), String.join(" · ", r.getValue())))
                        .toList())));
        List<Choice> choices = institutions.entrySet().stream()
                .map(i -> new Choice(i.getKey(), i.getValue()))
                .toList();
        return new Offered(groups, PLATFORM, choices);
    }

    /** A role already placed elsewhere is listed once, under the institution where it first appeared. */
    private static boolean placedAt(Map<String, Map<String, Set<String>>> groups, String at, String role) {
        return groups.getOrDefault(at, Map.of()).containsKey(role);
    }
}

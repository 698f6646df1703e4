package org.eregistrations.web.file;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.store.Actor;

/**
 * The authenticated user making a request, with their roles, the institution they work for (officers; null when they
 * are bound to none) and the session the request came through.
 */
public record Caller(String user, String session, Set<String> roles, String institution) {
    public static final String INVESTOR = "investor";
    public static final String OFFICER = "officer";
    public static final String CONFIGURATOR = "configurator";
    /** Watches the steps of their institution (of every one, if bound to none): reads and reassigns, never decides. */
    public static final String SUPERVISOR = "supervisor";
    /** Attribute of an authenticated API identity: the login session its changes are recorded with. */
    public static final String SESSION_ATTRIBUTE = "eregistrations.session";
    /** Attribute of an authenticated API identity: the institution an officer works for (none for others). */
    public static final String INSTITUTION_ATTRIBUTE = "institution";

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller an authenticated API identity is; requests without a login session get one of their own. */
    public static Caller of(SecurityIdentity identity) {
        String session = identity.getAttribute(SESSION_ATTRIBUTE);
        return new Caller(
                identity.getPrincipal().getName(),
                session != null ? session : "api-" + UUID.randomUUID(),
                identity.getRoles(),
                identity.getAttribute(INSTITUTION_ATTRIBUTE));
    }

    public Actor actor() {
        return new Actor(user, session);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /**
     * Whether the caller works this processing step: an officer with the step's role, at the step's institution. An
     * officer bound to no institution works the steps of their roles at every institution (the way step roles were
     * checked before institutions were), and a step that names no institution is worked by every officer with its role.
     */
    public boolean works(ProcessingStep step) {
        return has(OFFICER) && step.roles().stream().anyMatch(this::has) && atInstitutionOf(step);
    }

    /**
     * Whether the caller may read the files at this step and its queue: who works it, and a supervisor of its
     * institution (of every institution, if bound to none).
     */
    public boolean oversees(ProcessingStep step) {
        return works(step) || (has(SUPERVISOR) && atInstitutionOf(step));
    }

    private boolean atInstitutionOf(ProcessingStep step) {
        return institution == null || step.institution() == null || institution.equals(step.institution());
    }
}

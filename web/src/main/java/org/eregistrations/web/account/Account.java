package org.eregistrations.web.account;

import java.util.Set;
import java.util.UUID;

/**
 * A user of the platform: logs in with the user name or the email, holds roles ({@link Roles}) and, for officers, the
 * institution they work for. A deactivated account ({@code active} false) cannot log in; nothing of it is deleted.
 */
public record Account(
        UUID id,
        String username,
        String email,
        String displayName,
        String passwordHash,
        Set<String> roles,
        String institution,
        boolean confirmed,
        boolean demo,
        boolean active) {
    public Account {
        roles = Set.copyOf(roles);
    }

    public Account withPasswordHash(String hash) {
        return new Account(id, username, email, displayName, hash, roles, institution, confirmed, demo, active);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}

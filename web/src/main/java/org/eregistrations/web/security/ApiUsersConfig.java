package org.eregistrations.web.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/**
 * The accounts of the JSON API until the accounts issue brings registration and login: HTTP Basic users with their
 * roles, from configuration. Demo users exist only where {@code demo-accounts} is on: the default run with its
 * embedded database, and the tests.
 */
@ConfigMapping(prefix = "eregistrations.api")
public interface ApiUsersConfig {
    /** The deployment's users by name. */
    Map<String, ApiUser> users();

    /** Whether the demo users below may log in; set by the default run, never with a production database. */
    @WithDefault("false")
    boolean demoAccounts();

    /** Demo users by name (password = user name). */
    Map<String, ApiUser> demoUsers();

    /** One API user. */
    interface ApiUser {
        /** The password as a bcrypt hash ({@code $2a$...}). */
        String passwordHash();

        /** investor, officer, configurator, and the processing-step roles an officer works. */
        List<String> roles();
    }
}

package org.eregistrations.web.security;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;

/**
 * The accounts of the JSON API until the accounts issue brings registration and login: HTTP Basic users with their
 * roles, from configuration. The default run and the tests configure demo users; production configures its own.
 */
@ConfigMapping(prefix = "eregistrations.api")
public interface ApiUsersConfig {
    /** Users by name. */
    Map<String, ApiUser> users();

    /** One API user. */
    interface ApiUser {
        /** The password, as a PHC string (bcrypt, {@code $2a$...}). */
        String passwordHash();

        /** investor, officer, configurator, and the processing-step roles an officer works. */
        List<String> roles();
    }
}

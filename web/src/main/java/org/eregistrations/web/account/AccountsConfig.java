package org.eregistrations.web.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of accounts: links in mails, hashing cost, sessions, the first administrator, the demo accounts. */
@ConfigMapping(prefix = "eregistrations.accounts")
public interface AccountsConfig {
    /** Where the application is reached, for the links in mails and the QR codes of issued certificates. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** bcrypt cost of new password hashes (2^cost rounds). */
    @WithDefault("12")
    int bcryptCost();

    /** A login session ends after this long without a request. */
    @WithDefault("PT2H")
    Duration sessionIdle();

    /** Send the session cookie only over HTTPS; on in production behind TLS. */
    @WithDefault("false")
    boolean secureCookies();

    /**
     * How long a JSON API credential that passed the password check is taken on trust for the next requests (while the
     * account's password stays the same), instead of paying the bcrypt check on every request.
     */
    @WithDefault("PT5M")
    Duration apiCredentialMemory();

    /** Failed logins for one login name before each further attempt has to wait (1 s, 2 s, 4 s … up to 15 min). */
    @WithDefault("3")
    int freeFailedLogins();

    /** The first user administrator, created at start-up when no user administrator exists. */
    Optional<String> adminEmail();

    /** The first user administrator's password as a bcrypt hash ({@code $2a$...}). */
    Optional<String> adminPasswordHash();

    /** Whether the demo accounts exist: only the default run with its embedded database, and the tests. */
    @WithDefault("false")
    boolean demo();

    /** Whether mails are kept for the development mail page {@code /dev/mail} instead of only being sent. */
    @WithDefault("false")
    boolean devMail();

    /** Demo accounts by user name (password = user name). */
    Map<String, DemoUser> demoUsers();

    /** One demo account. */
    interface DemoUser {
        String passwordHash();

        List<String> roles();

        Optional<String> institution();
    }
}

package org.eregistrations.web.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Accounts that exist before anyone registers: the first user administrator from the settings
 * ({@code eregistrations.accounts.admin-email}, {@code admin-password-hash}) when there is none yet, and — only in the
 * default run and the tests — the demo accounts, printed at start-up.
 */
@ApplicationScoped
public class AccountSetup {
    private static final Logger LOG = Logger.getLogger(AccountSetup.class);
    static final String DEMO_DOMAIN = "@demo.eregistrations.test";

    private final Accounts accounts;
    private final AccountsConfig config;

    AccountSetup(Accounts accounts, AccountsConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void setUp(@Observes StartupEvent event) {
        if (config.adminEmail().isPresent() && !accounts.anyWithRole(Roles.USER_ADMIN)) {
            String hash = config.adminPasswordHash()
                    .orElseThrow(() -> new IllegalStateException(
                            "eregistrations.accounts.admin-email is set but admin-password-hash is not"));
            String email = config.adminEmail().get();
            accounts.createConfirmed(email, email, "Administrator", hash, List.of(Roles.USER_ADMIN), null, false);
            LOG.infof("created the first user administrator %s", email);
        }
        if (config.demo()) {
            config.demoUsers().forEach((name, user) -> {
                accounts.createConfirmed(
                        name,
                        name + DEMO_DOMAIN,
                        Character.toUpperCase(name.charAt(0)) + name.substring(1),
                        user.passwordHash(),
                        user.roles(),
                        user.institution().orElse(null),
                        true);
                LOG.infof(
                        "demo account %s / %s: %s%s",
                        name,
                        name,
                        user.roles(),
                        user.institution().map(i -> " at " + i).orElse(""));
            });
        }
    }
}

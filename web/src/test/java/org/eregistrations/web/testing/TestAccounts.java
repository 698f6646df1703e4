package org.eregistrations.web.testing;

import java.util.List;
import java.util.UUID;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Roles;

/** Accounts of their own for tests that must not disturb the demo accounts (throttled logins, hostile input). */
public final class TestAccounts {
    private TestAccounts() {}

    /** A confirmed investor with a new user name (email: the name at example.com) and this password. */
    public static String investor(Accounts accounts, String password) {
        String name = "test-" + UUID.randomUUID();
        accounts.createConfirmed(
                name,
                name + "@example.com",
                "Test Investor",
                accounts.hash(password),
                List.of(Roles.INVESTOR),
                null,
                false);
        return name;
    }
}

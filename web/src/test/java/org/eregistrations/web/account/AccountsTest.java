package org.eregistrations.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountsTest {
    @Inject
    Accounts accounts;

    @Inject
    PasswordLogins logins;

    @Inject
    AccountsConfig config;

    /** The cost of a bcrypt hash {@code $2a$<cost>$...}. */
    private static int cost(String hash) {
        return Integer.parseInt(hash.split("\\$")[2]);
    }

    @Test
    void unknownNamesAreCheckedAgainstAHashOfTheConfiguredCost() {
        assertThat(cost(logins.unknownNameHash())).isEqualTo(config.bcryptCost());
        assertThat(cost(accounts.hash("a new password"))).isEqualTo(config.bcryptCost());
    }

    @Test
    void aHashOfAnotherCostIsRenewedAtLogin() {
        // the demo accounts come with hashes of cost 10 from the settings
        assertThat(logins.login("luis", "luis")).isInstanceOf(PasswordLogins.LoginOutcome.LoggedIn.class);
        assertThat(cost(accounts.find("luis").orElseThrow().passwordHash())).isEqualTo(config.bcryptCost());
        assertThat(logins.login("luis", "luis")).isInstanceOf(PasswordLogins.LoginOutcome.LoggedIn.class);
    }
}

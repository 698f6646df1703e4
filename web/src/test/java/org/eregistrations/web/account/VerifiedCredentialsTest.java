package org.eregistrations.web.account;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.eregistrations.web.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/** A JSON API credential checked lately is taken on trust only while it is still the account's password. */
@QuarkusTest
class VerifiedCredentialsTest {
    private static final String PASSWORD = "the first password";
    /** Any file: 404 says the credential was accepted, 401 that it was not. */
    private static final String ANY_FILE = "/api/files/" + UUID.randomUUID();

    @Inject
    Accounts accounts;

    @Inject
    DataSource database;

    private void update(String sql, Object... parameters) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @Test
    void aNewPasswordEndsTheOldCredentialAtOnce() throws Exception {
        String name = TestAccounts.investor(accounts, PASSWORD);
        given().auth().preemptive().basic(name, PASSWORD).get(ANY_FILE).then().statusCode(404);

        // as another node would, through the reset page: only the stored hash changes
        update("update app_user set password_hash = ? where username = ?", accounts.hash("the second password"), name);

        given().auth().preemptive().basic(name, PASSWORD).get(ANY_FILE).then().statusCode(401);
        given().auth()
                .preemptive()
                .basic(name, "the second password")
                .get(ANY_FILE)
                .then()
                .statusCode(404);
    }

    @Test
    void aRememberedCredentialVouchesForNoOtherPassword() {
        String name = TestAccounts.investor(accounts, PASSWORD);
        given().auth().preemptive().basic(name, PASSWORD).get(ANY_FILE).then().statusCode(404);

        given().auth()
                .preemptive()
                .basic(name, PASSWORD + " ")
                .get(ANY_FILE)
                .then()
                .statusCode(401);
        given().auth().preemptive().basic(name, "").get(ANY_FILE).then().statusCode(401);
        String other = TestAccounts.investor(accounts, "another password");
        given().auth().preemptive().basic(other, PASSWORD).get(ANY_FILE).then().statusCode(401);
    }

    /**
     * A client already checked goes on while someone guessing its password has made the name wait: the remembered
     * credential passes neither the throttle nor bcrypt again, and the guesses still wait.
     */
    @Test
    void aCheckedClientGoesOnWhileGuessesAreThrottled() throws Exception {
        String name = TestAccounts.investor(accounts, PASSWORD);
        given().auth().preemptive().basic(name, PASSWORD).get(ANY_FILE).then().statusCode(404);
        update(
                "insert into login_failure (login, failures, last_failure) values (?, 50, now())"
                        + " on conflict (login) do update set failures = 50, last_failure = now()",
                name);

        given().auth().preemptive().basic(name, PASSWORD).get(ANY_FILE).then().statusCode(404);
        given().auth().preemptive().basic(name, "a guess").get(ANY_FILE).then().statusCode(401);
        given().auth()
                .preemptive()
                .basic(name.toUpperCase(), PASSWORD)
                .get(ANY_FILE)
                .then()
                .statusCode(404);
    }
}

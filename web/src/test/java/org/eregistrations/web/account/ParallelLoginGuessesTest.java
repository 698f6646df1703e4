package org.eregistrations.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/** Guesses sent all at once are counted one after the other: no more are checked than the throttle allows. */
@QuarkusTest
class ParallelLoginGuessesTest {
    private static final int GUESSES = 20;
    private static final String PASSWORD = "the right password";

    @Inject
    Accounts accounts;

    @Inject
    AccountsConfig config;

    @Inject
    DataSource database;

    @Inject
    LoginThrottle throttle;

    private String newAccount() {
        return TestAccounts.investor(accounts, PASSWORD);
    }

    /** When the last burst of guesses started; the waits of the throttle count from there. */
    private long burstStarted;

    /** Runs the guesses at the same moment and returns their status codes. */
    private List<Integer> inParallel(IntFunction<Callable<Integer>> guess) throws Exception {
        burstStarted = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < GUESSES; i++) {
                Callable<Integer> request = guess.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * How many failures the throttle may have checked since the burst started: the free ones, and then one after each
     * wait (1 s, 2 s, 4 s …) that has run out since — on a slow machine a guess of the burst may arrive after the
     * first wait, and the throttle rightly checks it.
     */
    private int mostFailuresChecked() {
        double seconds = (System.nanoTime() - burstStarted) / 1e9;
        int waitsRunOut = (int) Math.floor(Math.log(seconds + 1) / Math.log(2));
        return config.freeFailedLogins() + waitsRunOut;
    }

    private int recordedFailures(String login) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select failures from login_failure where login = ?")) {
            statement.setString(1, login);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    @Test
    void parallelWrongGuessesOnTheLoginPageDoNotOpenTheWayForTheRightOne() throws Exception {
        String name = newAccount();
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            Browser browser = new Browser();
            browser.get("/login");
            browsers.add(browser);
        }
        List<Integer> statuses = inParallel(i -> () -> browsers.get(i)
                .post("/login", Map.of("email", name, "password", "wrong guess " + i))
                .statusCode());

        int checked = (int) statuses.stream().filter(status -> status == 401).count();
        assertThat(checked).isBetween(config.freeFailedLogins(), mostFailuresChecked());
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(GUESSES - checked);
        assertThat(recordedFailures(name)).isEqualTo(checked);
        Browser owner = new Browser();
        owner.get("/login");
        assertThat(owner.post("/login", Map.of("email", name, "password", PASSWORD))
                        .statusCode())
                .isEqualTo(429);
        assertThat(owner.cookie("session")).isNull();
    }

    @Test
    void parallelWrongGuessesThroughTheApiDoNotOpenTheWayForTheRightOne() throws Exception {
        String name = newAccount();
        String anyFile = "/api/files/" + UUID.randomUUID();
        List<Integer> statuses = inParallel(i -> () -> given().auth()
                .preemptive()
                .basic(name, "wrong guess " + i)
                .get(anyFile)
                .statusCode());

        assertThat(statuses).containsOnly(401);
        assertThat(recordedFailures(name)).isBetween(config.freeFailedLogins(), mostFailuresChecked());
        given().auth().preemptive().basic(name, PASSWORD).get(anyFile).then().statusCode(401);
    }

    @Test
    void parallelRequestsWithTheRightPasswordAllPass() throws Exception {
        String name = newAccount();
        String anyFile = "/api/files/" + UUID.randomUUID();
        List<Integer> statuses = inParallel(i -> () ->
                given().auth().preemptive().basic(name, PASSWORD).get(anyFile).statusCode());

        assertThat(statuses).as("404: logged in, no such file; 401: refused").containsOnly(404);
        assertThat(recordedFailures(name)).isZero();
    }

    @Test
    void aRightPasswordAmongParallelWrongOnesDoesNotLetTheWrongOnesThrough() throws Exception {
        String name = newAccount();
        String anyFile = "/api/files/" + UUID.randomUUID();
        List<Integer> statuses = inParallel(i -> () -> given().auth()
                .preemptive()
                .basic(name, i == 0 ? PASSWORD : "wrong guess " + i)
                .get(anyFile)
                .statusCode());

        assertThat(statuses).filteredOn(status -> status == 404).hasSizeLessThanOrEqualTo(1);
        assertThat(statuses).allMatch(status -> status == 401 || status == 404);
        assertThat(recordedFailures(name)).isLessThanOrEqualTo(mostFailuresChecked());
    }

    /**
     * An attempt that waited through a burst of wrong guesses is judged by when it arrived: the burst's wait running
     * out while it waited (a slow machine) does not let it in; a new attempt after the wait is let in.
     */
    @Test
    void anAttemptIsJudgedByWhenItArrived() throws Exception {
        String name = newAccount();
        Instant lastFailure = Instant.now().minusSeconds(5);
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into login_failure (login, failures, last_failure) values (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setInt(2, config.freeFailedLogins());
            insert.setTimestamp(3, Timestamp.from(lastFailure));
            insert.executeUpdate();
        }

        assertThat(throttle.admit(name, lastFailure.minusMillis(500)).admitted())
                .as("arrived during the burst")
                .isFalse();
        LoginThrottle.Admission now = throttle.admit(name, Instant.now());
        assertThat(now.admitted()).as("arrived after its one-second wait").isTrue();
        throttle.settle(name, false);
    }
}

package org.eregistrations.web.parta;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.eregistrations.web.testing.Browser;
import org.junit.jupiter.api.Test;

/** My files: starting a file (also before logging in), what each file shows, and discarding a draft. */
@QuarkusTest
class MyFilesPageTest {
    private static final String SERVICE = "market-stall-permit";

    @Test
    void aServiceChosenBeforeLoggingInIsStartedAfterTheLogin() {
        Browser visitor = new Browser();
        visitor.get("/");
        Response chosen = visitor.post("/files", Map.of("serviceId", SERVICE));
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.header("Location")).endsWith("/login?next=%2Ffiles");

        visitor.get("/login?next=%2Ffiles");
        Response login = visitor.post("/login", Map.of("email", "luis", "password", "luis", "next", "/files"));
        assertThat(login.header("Location")).endsWith("/files");
        Response files = visitor.get("/files");

        assertThat(files.statusCode()).isEqualTo(303);
        assertThat(files.header("Location")).matches(".*/files/[0-9a-f-]{36}/guide");
        assertThat(visitor.get(files.header("Location")).asString()).contains("Market stall");
        // started once: My files shows the list from now on
        assertThat(visitor.get("/files").statusCode()).isEqualTo(200);
        assertThat(visitor.cookie("start")).isNull();
    }

    @Test
    void aServiceThatDoesNotExistIsNotRememberedNorStarted() {
        Browser visitor = new Browser();
        visitor.get("/");
        assertThat(visitor.post("/files", Map.of("serviceId", "no-such-service"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(visitor.cookie("start")).isNull();
    }

    @Test
    void withoutTheFormsTokenNothingIsRemembered() {
        Browser visitor = new Browser();
        visitor.get("/");
        assertThat(visitor.postRaw("/files", Map.of("serviceId", SERVICE)).statusCode())
                .isEqualTo(403);
        assertThat(visitor.cookie("start")).isNull();
    }
}

package org.eregistrations.web.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** The login session recorded with a change through the API is the server's, never one the client names. */
@QuarkusTest
class ApiAuditSessionTest {
    private static String sessionOf(String user, String file, String path) {
        List<String> sessions = FileApi.as(user)
                .get("/api/files/" + file + "/history?path=" + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("session", String.class);
        assertThat(sessions).hasSize(1);
        return sessions.get(0);
    }

    private static void changeNamingASession(String file, long version, String path, String session) {
        FileApi.as("ana")
                .header("X-Session-Id", session)
                .contentType(ContentType.JSON)
                .body(Map.of("expectedVersion", version, "values", Map.of(path, true)))
                .patch("/api/files/" + file + "/values")
                .then()
                .statusCode(200);
    }

    @Test
    void aSessionTheClientNamesIsNotRecorded() {
        String file = FileApi.create("ana", "trader-licence");
        changeNamingASession(file, 0, "guide.sellsFood", "someone-elses-session");
        changeNamingASession(file, FileApi.version("ana", file), "guide.isRenewal", "another-invented-session");

        String first = sessionOf("ana", file, "guide.sellsFood");
        String second = sessionOf("ana", file, "guide.isRenewal");
        assertThat(first)
                .isNotIn("someone-elses-session", "another-invented-session")
                .startsWith("api-");
        // the credential's session: the same for every request made with it, another user's is another
        assertThat(second).isEqualTo(first);
        String luisFile = FileApi.create("luis", "trader-licence");
        FileApi.change("luis", luisFile, 0, """
                        {"guide.sellsFood": true}""")
                .statusCode(200);
        assertThat(sessionOf("luis", luisFile, "guide.sellsFood"))
                .startsWith("api-")
                .isNotEqualTo(first);
    }
}

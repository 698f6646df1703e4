package org.eregistrations.web.file;

import static org.eregistrations.web.testing.FileApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** The history of one property is asked by its property path; a text that names none is a clear 400. */
@QuarkusTest
class HistoryQueryTest {
    @Test
    void aPropertyPathSelectsItsEventsAndAnythingElseIsRefused() {
        String file = FileApi.create("ana", "trader-licence");
        FileApi.change("ana", file, 0, """
                {"guide.sellsFood": true}""")
                .statusCode(200);

        as("ana")
                .queryParam("path", "guide.sellsFood")
                .get("/api/files/" + file + "/history")
                .then()
                .statusCode(200)
                .body("path", contains("guide.sellsFood"));
        as("ana")
                .queryParam("path", "guide.isRenewal")
                .get("/api/files/" + file + "/history")
                .then()
                .statusCode(200)
                .body("$", empty());
        for (String nonsense :
                new String[] {"guide", "guide..x", "dataForms.list[01].x", "x\u0000y", "é".repeat(600)}) {
            as("ana")
                    .queryParam("path", nonsense)
                    .get("/api/files/" + file + "/history")
                    .then()
                    .statusCode(400);
        }
    }
}

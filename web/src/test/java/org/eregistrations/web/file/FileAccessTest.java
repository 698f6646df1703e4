package org.eregistrations.web.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.decide;
import static org.eregistrations.web.testing.FileApi.officer;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may read a file through the API: a file the caller may not read answers exactly like a file that does not
 * exist, on every route and before any check of role or state; officers read only files with a step of theirs.
 */
@QuarkusTest
class FileAccessTest {
    private static final String MOMENT = "2026-01-01T00:00:00Z";

    /** Every route of the files API that names a file, with a body that would be accepted by someone allowed. */
    private static final List<Route> ROUTES = List.of(
            new Route("GET", "", null),
            new Route("GET", "?at=" + MOMENT, null),
            new Route("GET", "/guide", null),
            new Route("GET", "/history", null),
            new Route("GET", "/history?path=status", null),
            new Route("GET", "/documents/requirementUploads/identity", null),
            new Route("GET", "/documents/paymentReceiptUploads/licenceFee", null),
            new Route("POST", "/documents/requirementUploads/identity", Route.MULTIPART),
            new Route("PATCH", "/values", Map.of("expectedVersion", 1, "values", Map.of("guide.sellsFood", true))),
            new Route("POST", "/send", Map.of("expectedVersion", 1)),
            new Route("POST", "/resubmit", Map.of("expectedVersion", 1)),
            new Route("POST", "/withdraw", Map.of("expectedVersion", 1)),
            new Route("POST", "/steps/review/approve", Map.of("expectedVersion", 1)),
            new Route("POST", "/steps/approval/reject", Map.of("expectedVersion", 1, "reason", "no")),
            new Route("POST", "/steps/noSuchStep/sendBack", Map.of("expectedVersion", 1, "reason", "no")),
            new Route("POST", "/restore", Map.of("expectedVersion", 1, "at", MOMENT)),
            new Route("POST", "/migrate", Map.of("expectedVersion", 1, "toVersion", "0000")));

    @Inject
    Accounts accounts;

    /** A request to a route of the API for a file id. */
    private record Route(String method, String path, Object body) {
        static final String MULTIPART = "multipart";

        Response send(String user, String file) {
            RequestSpecification request = as(user);
            if (MULTIPART.equals(body)) {
                request.multiPart("expectedVersion", "1").multiPart("file", "a.pdf", FileApi.PDF, "application/pdf");
            } else if (body != null) {
                request.contentType("application/json").body(body);
            }
            return request.request(method, "/api/files/" + file + path);
        }
    }

    @BeforeEach
    void officers() {
        officer(accounts, "frontdesk-finance", "finance", "frontDesk");
        officer(accounts, "tax-officer", "finance", "taxOfficer");
    }

    private static void answersAsIfThereWereNoFile(String user, String file) {
        String none = UUID.randomUUID().toString();
        for (Route route : ROUTES) {
            Response existing = route.send(user, file);
            Response missing = route.send(user, none);
            assertThat(existing.statusCode())
                    .as("%s %s of a file %s may not read", route.method(), route.path(), user)
                    .isEqualTo(404);
            assertThat(missing.statusCode())
                    .as("%s %s of no file", route.method(), route.path())
                    .isEqualTo(404);
            assertThat(existing.jsonPath().getMap("$").keySet()).containsExactly("error");
            assertThat(existing.asString().replace(file, "<id>"))
                    .as("%s %s", route.method(), route.path())
                    .isEqualTo(missing.asString().replace(none, "<id>"));
        }
    }

    @Test
    void anotherInvestorsFileAnswersLikeNoFileOnEveryRoute() {
        String draft = FileApi.completeTraderLicence("ana");
        answersAsIfThereWereNoFile("luis", draft);

        String sent = FileApi.sentTraderLicence("ana");
        answersAsIfThereWereNoFile("luis", sent);
        // what they are told does not depend on the state or on the role they lack
        decide("clerk", sent, "steps/review/sendBack", "the photo is blurred").statusCode(200);
        answersAsIfThereWereNoFile("luis", sent);
    }

    @Test
    void officersDoNotSeeDraftsOrFilesWithoutAStepOfTheirs() {
        answersAsIfThereWereNoFile("clerk", FileApi.completeTraderLicence("ana"));
        answersAsIfThereWereNoFile("registrar", FileApi.completeCompanyRegistration("ana"));

        // a trader licence is worked at the institution "trade": the registry's officer has no step in it
        answersAsIfThereWereNoFile("registrar", FileApi.sentTraderLicence("ana"));
        // the front desk of the company registration is at the registry: the role alone is not enough
        answersAsIfThereWereNoFile("frontdesk-finance", FileApi.sentCompanyRegistration("ana"));
    }

    @Test
    void officersReadAndDownloadFilesWithAStepOfTheirsAndDecideOnlyTheirSteps() {
        String company = FileApi.sentCompanyRegistration("ana");

        as("registrar").get("/api/files/" + company).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as("registrar")
                .get("/api/files/" + company + "/documents/requirementUploads/identity")
                .then()
                .statusCode(200);
        as("registrar").get("/api/files/" + company + "/history").then().statusCode(200);
        // the tax step is at the Ministry of Finance: its officer reads the file, but decides no step of the registry
        as("tax-officer").get("/api/files/" + company + "/guide").then().statusCode(200);
        decide("tax-officer", company, "steps/revision/approve", null).statusCode(403);
        FileApi.markAll("registrar", company, "revision", Map.of("status", "valid"))
                .statusCode(200);
        decide("registrar", company, "steps/revision/approve", null).statusCode(200);
        decide("tax-officer", company, "steps/tax/approve", null).statusCode(200);
        decide("registrar", company, "steps/tax/approve", null).statusCode(403);

        // an officer bound to no institution works the steps of their roles wherever they are
        String licence = FileApi.sentTraderLicence("ana");
        as("clerk")
                .get("/api/files/" + licence + "/documents/paymentReceiptUploads/licenceFee")
                .then()
                .statusCode(200);
        decide("clerk", licence, "steps/review/approve", null).statusCode(200);
    }
}

package org.eregistrations.web.file;

import static io.restassured.RestAssured.given;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.change;
import static org.eregistrations.web.testing.FileApi.create;
import static org.eregistrations.web.testing.FileApi.post;
import static org.eregistrations.web.testing.FileApi.upload;
import static org.eregistrations.web.testing.FileApi.version;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FileResourceTest {
    @Test
    void investorFillsAFileAndSeesTheDerivationFollow() {
        String file = create("ana", "trader-licence");

        change("ana", file, 0, """
                {"guide.sellsFood": true, "guide.isRenewal": false}""")
                .statusCode(200)
                .body("version", equalTo(2))
                .body("values.'guide.sellsFood'", equalTo(true))
                .body("derivation.sets.'registrations.requested'", contains("traderLicence"))
                .body("derivation.sets.'requirements.applicable'", hasItem("healthCertificate"))
                .body("derivation.amounts.licenceFee", equalTo(50));

        as("ana")
                .get("/api/files/" + file + "/guide")
                .then()
                .statusCode(200)
                .body("total", equalTo(50))
                .body("missing", hasItem("fields.traderName"));
    }

    @Test
    void badValuesAreRefusedWithTheirPathAndNothingOfTheRequestIsStored() {
        String file = create("ana", "trader-licence");

        change(
                        "ana",
                        file,
                        0,
                        """
                {"guide.sellsFood": true, "guide.isRenewal": "perhaps", "dataForms.email": "not-an-email",
                 "dataForms.unknown": "x"}""")
                .statusCode(400)
                .body("errors.path", hasItem("guide.isRenewal"))
                .body("errors.find { it.path == 'dataForms.email' }.reason", containsString("not an email"))
                .body("errors.find { it.path == 'dataForms.unknown' }.reason", containsString("not a field"));
        as("ana")
                .get("/api/files/" + file)
                .then()
                .body("version", equalTo(0))
                .body("values", not(hasKey("guide.sellsFood")));
    }

    @Test
    void valuesListsAndBodiesBeyondTheLimitsAreRefusedAndNothingIsStored() {
        String file = create("ana", "company-registration");
        String tooLong = "x".repeat(2001);

        change("ana", file, 0, json(Map.of("dataForms.activity", tooLong, "dataForms.city", "Santa Ana")))
                .statusCode(400)
                .body("errors.path", contains("dataForms.activity"))
                .body("errors[0].reason", equalTo("must have at most 2000 characters"));
        change("ana", file, 0, json(Map.of("guide.capital", "1" + "0".repeat(2000))))
                .statusCode(400)
                .body("errors[0].path", equalTo("guide.capital"));
        change("ana", file, 0, json(Map.of("dataForms.shareholders[50].name", "Luis")))
                .statusCode(400)
                .body("errors[0].path", equalTo("dataForms.shareholders[50].name"))
                .body("errors[0].reason", containsString("holds at most 50 entries"));
        as("ana")
                .contentType("application/json")
                .body(Map.of(
                        "expectedVersion",
                        0,
                        "values",
                        Map.of("dataForms.activity", "x".repeat(2000), "dataForms.city", "y".repeat(1024 * 1024))))
                .patch("/api/files/" + file + "/values")
                .then()
                .statusCode(413)
                .body("error", containsString("larger than 1048576 bytes"));
        as("ana").get("/api/files/" + file).then().body("version", equalTo(0));

        change(
                        "ana",
                        file,
                        0,
                        json(Map.of("dataForms.activity", "x".repeat(2000), "dataForms.shareholders[49].name", "Luis")))
                .statusCode(200)
                .body("version", equalTo(2));
    }

    private static String json(Map<String, Object> values) {
        try {
            return new ObjectMapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fieldIsWrittenOnlyUnderItsOwnFormKind() {
        String file = create("ana", "trader-licence");

        change("ana", file, 0, "{\"submissionForms.traderName\": \"Marta\"}")
                .statusCode(400)
                .body("errors[0].path", equalTo("submissionForms.traderName"));
    }

    @Test
    void uploadIsAcceptedOnlyForWhatTheFileAsks() {
        String file = create("ana", "trader-licence");
        change("ana", file, 0, "{\"guide.sellsFood\": false}").statusCode(200);

        upload("ana", file, "requirementUploads", "healthCertificate", FileApi.PDF)
                .statusCode(400)
                .body("errors[0].reason", containsString("not asked of this file"));
    }

    @Test
    void staleChangeIsAConflictWithTheCurrentVersion() {
        String file = create("ana", "trader-licence");
        change("ana", file, 0, "{\"guide.sellsFood\": true}").statusCode(200);

        change("ana", file, 0, "{\"guide.sellsFood\": false}").statusCode(409).body("currentVersion", equalTo(1));
    }

    @Test
    void fileWithoutAServiceIsABadRequest() {
        as("ana")
                .contentType("application/json")
                .body("{}")
                .post("/api/files")
                .then()
                .statusCode(400);
        as("ana")
                .contentType("application/json")
                .body("{\"serviceId\": \"no-such-service\"}")
                .post("/api/files")
                .then()
                .statusCode(400);
    }

    @Test
    void investorDoesNotSeeTheSessionsOfOfficersInTheHistory() {
        String file = FileApi.completeTraderLicence("ana");
        post("ana", file, "send", null).statusCode(200);
        post("clerk", file, "steps/review/approve", null).statusCode(200);

        as("ana")
                .get("/api/files/" + file + "/history?path=steps.review.decision")
                .then()
                .body("[0].user", equalTo("clerk"))
                .body("[0].session", nullValue());
        as("configurator")
                .get("/api/files/" + file + "/history?path=steps.review.decision")
                .then()
                .body("[0].session", matchesPattern("api-[0-9a-f]{24}"));
    }

    @Test
    void someoneElsesFileIsNotFound() {
        String file = create("ana", "trader-licence");

        as("luis").get("/api/files/" + file).then().statusCode(404);
        change("luis", file, 0, "{\"guide.sellsFood\": true}").statusCode(404);
        given().get("/api/files/" + file).then().statusCode(401);
        given().auth()
                .preemptive()
                .basic("ana", "wrong")
                .get("/api/files/" + file)
                .then()
                .statusCode(401);
    }

    @Test
    void fileWithSomethingMissingCannotBeSent() {
        String file = create("ana", "trader-licence");

        post("ana", file, "send", null)
                .statusCode(422)
                .body("missing", hasItem("questions.sellsFood"))
                .body("missing", hasItem("submissionForms.isAffidavitSigned"));
    }

    @Test
    void fakeOrOversizedUploadIsRefused() {
        String file = create("ana", "trader-licence");

        upload("ana", file, "requirementUploads", "identity", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII))
                .statusCode(400)
                .body("errors[0].reason", containsString("not a PDF, JPEG or PNG"));
        upload("ana", file, "requirementUploads", "nonsense", FileApi.PDF).statusCode(400);
    }

    @Test
    void uploadedDocumentIsStoredByHashAndCanBeDownloaded() {
        String file = create("ana", "trader-licence");

        upload("ana", file, "requirementUploads", "identity", FileApi.PDF)
                .statusCode(200)
                .body("values.'requirementUploads.identity'.type", equalTo("application/pdf"))
                .body("values.'requirementUploads.identity'.sha256.length()", equalTo(64));
        byte[] downloaded = as("ana")
                .get("/api/files/" + file + "/documents/requirementUploads/identity")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        org.assertj.core.api.Assertions.assertThat(downloaded).isEqualTo(FileApi.PDF);
        as("luis")
                .get("/api/files/" + file + "/documents/requirementUploads/identity")
                .then()
                .statusCode(404);
    }

    @Test
    void sentFileGoesThroughItsStepsToApproval() {
        String file = FileApi.completeTraderLicence("ana");

        post("ana", file, "send", null)
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("pendingSteps", contains("review"));
        change("ana", file, version("ana", file), "{\"guide.sellsFood\": true}").statusCode(409);
        post("ana", file, "steps/review/approve", null).statusCode(403);
        post("clerk", file, "steps/review/approve", null).statusCode(200).body("pendingSteps", contains("approval"));
        post("clerk", file, "steps/approval/approve", null).statusCode(200).body("status", equalTo("APPROVED"));

        as("ana")
                .get("/api/files/" + file + "/history?path=steps.review.decision")
                .then()
                .statusCode(200)
                .body("[0].user", equalTo("clerk"))
                .body("[0].value.decision", equalTo("approve"));
    }

    @Test
    void stepsWithTheSamePredecessorsRunInParallel() {
        String file = FileApi.completeCompanyRegistration("ana");

        post("ana", file, "send", null)
                .statusCode(200)
                .body(
                        "derivation.sets.'processingSteps.applicable'",
                        contains("revision", "registry", "tax", "issuance"))
                .body("pendingSteps", contains("revision"));
        FileApi.markAll("clerk", file, "revision", Map.of("status", "valid")).statusCode(200);
        post("clerk", file, "steps/revision/approve", null)
                .statusCode(200)
                .body("pendingSteps", contains("registry", "tax"));
        post("clerk", file, "steps/tax/approve", null).statusCode(200).body("pendingSteps", contains("registry"));
        post("clerk", file, "steps/registry/approve", null).statusCode(200).body("pendingSteps", contains("issuance"));
        FileApi.approve("clerk", file, "issuance").statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void openApiDescribesTheFilesApi() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/files/{id}/values"))
                .body("paths", hasKey("/api/files/{id}/restore"));
    }

    @Test
    void sentBackFileIsCorrectedAndReturnsToTheStepThatSentItBack() {
        String file = FileApi.completeTraderLicence("ana");
        post("ana", file, "send", null).statusCode(200);
        post("clerk", file, "steps/review/approve", null).statusCode(200);

        post("clerk", file, "steps/approval/sendBack", null).statusCode(400);
        post("clerk", file, "steps/approval/sendBack", "The premises proof has expired")
                .statusCode(200)
                .body("status", equalTo("SENT_BACK"));
        change("ana", file, version("ana", file), "{\"dataForms.address\": null}")
                .statusCode(200);
        post("ana", file, "resubmit", null).statusCode(422).body("missing", contains("fields.address"));
        change("ana", file, version("ana", file), "{\"dataForms.address\": \"Calle 7 3\"}")
                .statusCode(200);
        post("ana", file, "resubmit", null)
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("pendingSteps", contains("approval"));
    }

    @Test
    void sentFileRestoredToADraftMomentIsAnEditableDraftAgain() {
        String file = FileApi.completeTraderLicence("ana");
        String draftMoment = as("ana")
                .get("/api/files/" + file + "/history")
                .then()
                .extract()
                .path("[-1].at");
        post("ana", file, "send", null).statusCode(200).body("rulesetVersion", notNullValue());

        as("configurator")
                .contentType("application/json")
                .body(Map.of("expectedVersion", version("ana", file), "at", String.valueOf(draftMoment)))
                .post("/api/files/" + file + "/restore")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("rulesetVersion", nullValue())
                .body("values", not(hasKey("steps.review.status")));
        change("ana", file, version("ana", file), "{\"dataForms.activity\": \"Tools\"}")
                .statusCode(200);
    }

    @Test
    void rejectedFileIsClosedAndWithdrawnFileTooEarly() {
        String rejected = FileApi.completeTraderLicence("ana");
        post("ana", rejected, "send", null).statusCode(200);
        post("clerk", rejected, "steps/review/reject", "Pictures of Mickey Mouse")
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        post("ana", rejected, "withdraw", null).statusCode(409);

        String withdrawn = FileApi.completeTraderLicence("ana");
        post("ana", withdrawn, "send", null).statusCode(200);
        post("ana", withdrawn, "withdraw", null).statusCode(200).body("status", equalTo("WITHDRAWN"));
        post("clerk", withdrawn, "steps/review/approve", null).statusCode(409);
    }

    @Test
    void aFileCanBeWithdrawnUntilItIsClosed() {
        FileApi.decide("ana", create("ana", "trader-licence"), "withdraw", null)
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        String partlyApproved = FileApi.sentTraderLicence("ana");
        FileApi.decide("clerk", partlyApproved, "steps/review/approve", null).statusCode(200);
        FileApi.decide("ana", partlyApproved, "withdraw", null).statusCode(200).body("status", equalTo("WITHDRAWN"));
        FileApi.decide("ana", partlyApproved, "withdraw", null).statusCode(409);

        String sentBack = FileApi.sentTraderLicence("ana");
        FileApi.decide("clerk", sentBack, "steps/review/sendBack", "The photo is blurred")
                .statusCode(200);
        FileApi.decide("ana", sentBack, "withdraw", null).statusCode(200);

        String approved = FileApi.sentTraderLicence("ana");
        FileApi.decide("clerk", approved, "steps/review/approve", null).statusCode(200);
        FileApi.decide("clerk", approved, "steps/approval/approve", null).statusCode(200);
        FileApi.decide("ana", approved, "withdraw", null).statusCode(409).body("error", containsString("closed"));
        as("ana").get("/api/files/" + approved).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void fileAtAMomentAndRestore() {
        String file = create("ana", "trader-licence");
        change("ana", file, 0, "{\"dataForms.traderName\": \"Marta\"}").statusCode(200);
        String moment = as("ana")
                .get("/api/files/" + file + "/history")
                .then()
                .extract()
                .path("[0].at");
        change("ana", file, 1, "{\"dataForms.traderName\": \"Martha\", \"guide.sellsFood\": true}")
                .statusCode(200);

        as("ana")
                .get("/api/files/" + file + "?at=" + moment)
                .then()
                .statusCode(200)
                .body("values.'dataForms.traderName'", equalTo("Marta"))
                .body("values", not(hasKey("guide.sellsFood")))
                .body("version", equalTo(1));
        as("ana").get("/api/files/" + file + "?at=yesterday").then().statusCode(400);

        as("ana")
                .contentType("application/json")
                .body(Map.of("expectedVersion", 3, "at", String.valueOf(moment)))
                .post("/api/files/" + file + "/restore")
                .then()
                .statusCode(403);
        as("configurator")
                .contentType("application/json")
                .body(Map.of("expectedVersion", 3, "at", String.valueOf(moment)))
                .post("/api/files/" + file + "/restore")
                .then()
                .statusCode(200)
                .body("values.'dataForms.traderName'", equalTo("Marta"))
                .body("values", not(hasKey("guide.sellsFood")));
        as("ana")
                .get("/api/files/" + file + "/history?path=dataForms.traderName")
                .then()
                .body("cause", contains("change", "change", "restore"))
                .body("user", contains("ana", "ana", "configurator"));
    }
}

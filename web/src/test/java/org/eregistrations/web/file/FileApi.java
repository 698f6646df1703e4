package org.eregistrations.web.file;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;

/** Test helpers that drive the files API as a client would, one shared place for request shapes. */
public final class FileApi {
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private FileApi() {}

    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user);
    }

    public static String create(String user, String serviceId) {
        return as(user).contentType("application/json")
                .body("{\"serviceId\": \"" + serviceId + "\"}")
                .post("/api/files")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static long version(String user, String file) {
        return as(user).get("/api/files/" + file)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    public static ValidatableResponse change(String user, String file, long version, String valuesJson) {
        return as(user).contentType("application/json")
                .body("{\"expectedVersion\": " + version + ", \"values\": " + valuesJson + "}")
                .patch("/api/files/" + file + "/values")
                .then();
    }

    public static ValidatableResponse upload(String user, String file, String namespace, String id, byte[] content) {
        return as(user).multiPart("expectedVersion", String.valueOf(version(user, file)))
                .multiPart("file", id + ".pdf", content, "application/pdf")
                .post("/api/files/" + file + "/documents/" + namespace + "/" + id)
                .then();
    }

    public static ValidatableResponse post(String user, String file, String action, String reason) {
        String body = "{\"expectedVersion\": " + version(user, file)
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}";
        return as(user).contentType("application/json")
                .body(body)
                .post("/api/files/" + file + "/" + action)
                .then();
    }

    /** A sole proprietor's company registration with everything needed to send it. */
    public static String completeCompanyRegistration(String user) {
        String file = create(user, "company-registration");
        change(
                        user,
                        file,
                        0,
                        """
                {"guide.legalForm": "sole", "guide.capital": 2000, "guide.isImporter": false,
                 "guide.hasEmployees": false, "requirements.identity.document": "passport",
                 "dataForms.companyName": "Café Pérez", "dataForms.activity": "Coffee",
                 "dataForms.address": "5a Avenida Norte 123", "dataForms.firstName": "Ana",
                 "dataForms.lastName": "Pérez", "dataForms.email": "ana@example.com", "dataForms.city": "Santa Ana",
                 "submissionForms.pickupOffice": "santaAna", "submissionForms.phone": "+503 2222 3333",
                 "submissionForms.isAffidavitSigned": true}""")
                .statusCode(200);
        upload(user, file, "requirementUploads", "identity", PDF).statusCode(200);
        upload(user, file, "requirementUploads", "utilityBill", PDF).statusCode(200);
        upload(user, file, "paymentReceiptUploads", "registrationFee", PDF).statusCode(200);
        return file;
    }

    /** A trader licence file with everything needed to send it. */
    public static String completeTraderLicence(String user) {
        String file = create(user, "trader-licence");
        change(
                        user,
                        file,
                        0,
                        """
                {"guide.sellsFood": false, "guide.isRenewal": false,
                 "dataForms.traderName": "Marta Ruiz", "dataForms.address": "Calle 5 12",
                 "dataForms.email": "marta@example.com", "dataForms.activity": "Hardware",
                 "submissionForms.isAffidavitSigned": true}""")
                .statusCode(200);
        upload(user, file, "requirementUploads", "identity", PDF).statusCode(200);
        upload(user, file, "requirementUploads", "premisesProof", PDF).statusCode(200);
        upload(user, file, "paymentReceiptUploads", "licenceFee", PDF).statusCode(200);
        return file;
    }
}

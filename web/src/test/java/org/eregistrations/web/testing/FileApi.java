package org.eregistrations.web.testing;

import static io.restassured.RestAssured.given;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.web.account.Accounts;

/** Test helpers that drive the files API as a client would, one shared place for request shapes. */
public final class FileApi {
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A PDF no other test uploads: {@link #PDF} with a comment line of its own. */
    public static byte[] uniquePdf() {
        return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private FileApi() {}

    /**
     * A login name no account has, new on every call: for a refused login that must not count against a shared
     * account's throttle (after three failures the next tests' logins as that account would wait).
     */
    public static String nobody() {
        return "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user);
    }

    public static String create(String user, String serviceId) {
        return as(user).contentType("application/json")
                .body(Map.of("serviceId", serviceId))
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

    /** Changes values, given as a JSON object (a text block in the test, or {@code json(Map)}). */
    public static ValidatableResponse change(String user, String file, long version, String valuesJson) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expectedVersion", version);
        body.put("values", parse(valuesJson));
        return as(user).contentType("application/json")
                .body(body)
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
        return decide(user, file, action, reason);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** A JSON request of a lifecycle action or decision: the file's current version and, if given, a reason. */
    /** The keys of the items a revision step reviews ({@code documents.<requirement>} …), as the API lists them. */
    public static List<String> reviewedItems(String user, String file, String step) {
        return as(user).get("/api/files/" + file + "/steps/" + step + "/review")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.key");
    }

    /** Marks items at a revision step through the API: {@code marks} by item key, each {@code {status, …}}. */
    public static ValidatableResponse review(String user, String file, String step, Map<String, ?> marks) {
        return as(user).contentType("application/json")
                .body(Map.of("expectedVersion", version(user, file), "marks", marks))
                .post("/api/files/" + file + "/steps/" + step + "/review")
                .then();
    }

    /** Gives every item of a revision step the same mark. */
    public static ValidatableResponse markAll(String user, String file, String step, Map<String, String> mark) {
        Map<String, Object> marks = new java.util.LinkedHashMap<>();
        reviewedItems(user, file, step).forEach(key -> marks.put(key, mark));
        return review(user, file, step, marks);
    }

    /**
     * Approves a step as its officer would: a revision's items all marked valid first, and every item of the step's
     * front desk checklist ticked ({@code fields} of the approval).
     */
    public static ValidatableResponse approve(String user, String file, String step) {
        if (step.equals("revision")) {
            markAll(user, file, step, Map.of("status", "valid")).statusCode(200);
        }
        Map<String, Object> ticked = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> form = as(user).get("/api/files/" + file + "/steps/" + step + "/form")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        form.stream()
                .filter(field -> !"FIELD".equals(field.get("kind")))
                .forEach(field -> ticked.put((String) field.get("name"), true));
        return as(user).contentType("application/json")
                .body(Map.of("expectedVersion", version(user, file), "fields", ticked))
                .post("/api/files/" + file + "/steps/" + step + "/approve")
                .then();
    }

    public static ValidatableResponse decide(String user, String file, String action, String reason) {
        Map<String, Object> body = reason == null
                ? Map.of("expectedVersion", version(user, file))
                : Map.of("expectedVersion", version(user, file), "reason", reason);
        return as(user).contentType("application/json")
                .body(body)
                .post("/api/files/" + file + "/" + action)
                .then();
    }

    /**
     * An officer account (password = user name) with these step roles at an institution (null: bound to none), created
     * once.
     */
    public static void officer(Accounts accounts, String user, String institution, String... stepRoles) {
        List<String> roles = new ArrayList<>(List.of(stepRoles));
        roles.add("officer");
        accounts.createConfirmed(
                user,
                user + "@example.com",
                user,
                BCrypt.withDefaults().hashToString(4, user.toCharArray()),
                roles,
                institution,
                false);
    }

    /** A company registration of a sole proprietor, sent: its first step, {@code revision}, is pending. */
    public static String sentCompanyRegistration(String user) {
        String file = completeCompanyRegistration(user);
        decide(user, file, "send", null).statusCode(200);
        return file;
    }

    /** A company registration of a sole proprietor, sent and approved at every step by {@code clerk}. */
    public static String approvedCompanyRegistration(String user) {
        String file = sentCompanyRegistration(user);
        List<String> pending = List.of("revision");
        while (!pending.isEmpty()) {
            for (String step : pending) {
                approve("clerk", file, step).statusCode(200);
            }
            pending = as("clerk")
                    .get("/api/files/" + file)
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("pendingSteps");
        }
        return file;
    }

    /** A trader licence, sent: its first step, {@code review}, is pending. */
    public static String sentTraderLicence(String user) {
        String file = completeTraderLicence(user);
        decide(user, file, "send", null).statusCode(200);
        return file;
    }

    /** A market stall permit for a stall that sells no food, sent: its first step, {@code inspection}, is pending. */
    public static String sentMarketStallPermit(String user) {
        String file = create(user, "market-stall-permit");
        change(
                        user,
                        file,
                        0,
                        """
                {"guide.zone": "central", "guide.stallSize": "small", "guide.sellsFood": false,
                 "requirements.identity.document": "passport", "dataForms.holderName": "Rosa Díaz",
                 "dataForms.phone": "+503 7777 0000", "dataForms.goods": "Flowers",
                 "submissionForms.isAffidavitSigned": true}""")
                .statusCode(200);
        upload(user, file, "requirementUploads", "identity", PDF).statusCode(200);
        upload(user, file, "requirementUploads", "stallPhoto", PDF).statusCode(200);
        upload(user, file, "paymentReceiptUploads", "permitFee", PDF).statusCode(200);
        decide(user, file, "send", null).statusCode(200);
        return file;
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

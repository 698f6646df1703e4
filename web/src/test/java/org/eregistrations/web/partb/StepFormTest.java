package org.eregistrations.web.partb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/**
 * A step's form (the company registration's registry step declares two fields) and the front desk's checklist (its
 * issuance step): typed and checked, stored with the approval, and an approval without them refused.
 */
@QuarkusTest
class StepFormTest {
    private static final String OFFICER = "clerk";

    @Test
    void theFieldsOfAStepAreCheckedAsTheirTypesAndStoredWithTheApproval() {
        String file = FileApi.sentCompanyRegistration("ana");
        FileApi.approve(OFFICER, file, "revision").statusCode(200);
        // the registry and tax steps both wait for the revision only: they run in parallel, side by side
        String review =
                new Browser().login(OFFICER, OFFICER).get("/work/files/" + file).asString();
        assertThat(review)
                .containsPattern("(?s)<div class=\"stage parallel\">\\s*<article class=\"step\" id=\"step-registry\">"
                        + ".*<article class=\"step\" id=\"step-tax\">");
        long before = FileApi.version(OFFICER, file);

        approve(file, "registry", Map.of("inscriptionDate", "31/02/2026")).statusCode(400);
        approve(file, "registry", Map.of("notAField", "x")).statusCode(400);
        approve(file, "registry", Map.of("deedEntry", "x".repeat(41))).statusCode(400);
        assertThat(FileApi.version(OFFICER, file)).isEqualTo(before);

        approve(file, "registry", Map.of("deedEntry", "Book 12, entry 345", "inscriptionDate", "2026-11-29"))
                .statusCode(200);
        Map<String, Object> values =
                as(OFFICER).get("/api/files/" + file).jsonPath().getMap("values");
        assertThat(values)
                .containsEntry("steps.registry.form.deedEntry", "Book 12, entry 345")
                .containsEntry("steps.registry.form.inscriptionDate", "2026-11-29");
    }

    @Test
    void theFrontDeskDeliversTheRegistrationOnceEveryOriginalIsSeenAndEveryCertificateHandedOver() {
        String file = FileApi.sentCompanyRegistration("ana");
        for (String step : List.of("revision", "registry", "tax")) {
            FileApi.approve(OFFICER, file, step).statusCode(200);
        }
        Browser desk = new Browser().login(OFFICER, OFFICER);
        String review = desk.get("/work/files/" + file).asString();
        assertThat(review)
                .contains("Original seen: Identity document of the legal representative")
                .contains("name=\"field.original-identity\"")
                .contains("Handed over: Certificate of registration")
                .contains("name=\"field.handedOver-companyRegistration\"");

        Map<String, String> form =
                new LinkedHashMap<>(Map.of("decision", "approve", "version", Browser.formVersion(review)));
        form.put("field.original-identity", "true");
        Response refused = desk.post("/work/files/" + file + "/steps/issuance", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("is not filled in as it must be")
                .contains("Tick this to approve the step")
                .containsPattern("name=\"field.original-identity\" value=\"true\" checked");
        assertThat(step(file)).isEqualTo("PENDING");

        List<String> checklist = Browser.all(Pattern.compile("name=\"(field\\.[A-Za-z-]+)\""), review);
        checklist.forEach(field -> form.put(field, "true"));
        assertThat(desk.post("/work/files/" + file + "/steps/issuance", form).statusCode())
                .isEqualTo(303);
        assertThat(as(OFFICER).get("/api/files/" + file).jsonPath().getString("status"))
                .isEqualTo("APPROVED");
        assertThat(as(OFFICER).get("/api/files/" + file).jsonPath().getMap("values"))
                .containsEntry("steps.issuance.form.original-identity", true);
    }

    private static io.restassured.response.ValidatableResponse approve(
            String file, String step, Map<String, ?> fields) {
        return as(OFFICER)
                .contentType("application/json")
                .body(Map.of("expectedVersion", FileApi.version(OFFICER, file), "fields", fields))
                .post("/api/files/" + file + "/steps/" + step + "/approve")
                .then();
    }

    private static String step(String file) {
        return as(OFFICER).get("/api/files/" + file).then().extract().path("steps.issuance");
    }
}

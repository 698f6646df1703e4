package org.eregistrations.web.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StartPageTest {
    @Test
    void startPageListsThePublishedServicesInEnglish() {
        given().header("Accept-Language", "en")
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Register your business online"))
                .body(containsString("Register a company"))
                .body(containsString("Trader licence"));
    }

    @Test
    void languageIsChosenRememberedAndFollowedByTheServiceNames() {
        given().get("/?lang=es")
                .then()
                .statusCode(200)
                .cookie("lang", "es")
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("Registre su empresa en línea"))
                .body(containsString("Registrar una empresa"))
                .body(not(containsString("Register your business online")));
        given().cookie("lang", "es").get("/").then().body(containsString("Licencia de comerciante"));
    }

    @Test
    void unknownLanguageFallsBackToEnglish() {
        given().header("Accept-Language", "fr").get("/?lang=fr").then().body(containsString("<html lang=\"en\">"));
    }
}

package org.eregistrations.web.services;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasLength;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The published services as the JSON API lists them. */
@QuarkusTest
class ServiceResourceTest {
    @Test
    void listsTheShippedServicesCompiledAtStartup() {
        given().when()
                .get("/api/services")
                .then()
                .statusCode(200)
                .body("id", hasItems("company-registration", "market-stall-permit", "trader-licence"))
                .body("find { it.id == 'company-registration' }.name.es", equalTo("Registrar una empresa"))
                .body("find { it.id == 'trader-licence' }.version", hasLength(64));
    }

    @Test
    void unknownServiceIsNotFound() {
        given().when().get("/api/services/no-such-service").then().statusCode(404);
    }
}

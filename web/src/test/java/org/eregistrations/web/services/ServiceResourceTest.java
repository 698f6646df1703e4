package org.eregistrations.web.services;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasLength;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eregistrations.web.store.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/** Declares the throwaway database every {@code @QuarkusTest} of the run shares. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
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

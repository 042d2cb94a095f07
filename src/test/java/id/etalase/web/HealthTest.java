package id.etalase.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class HealthTest {

    @Test
    void readinessCoversTheDatabaseAndSearchHealthIsReportedApart() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
        given().when().get("/q/health/well").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Elasticsearch cluster health check"));
    }

    @Test
    void openApiDescribesTheCatalogue() {
        given().when().get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("paths.'/api/v1/products'.get.parameters.name",
                        hasItems("sector", "district", "scale", "member", "minPrice", "maxPrice", "sort", "page",
                                "size"));
    }
}

package id.etalase.web;

import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestProfile(ElasticsearchDownProfile.class)
class HealthWithElasticsearchDownTest {

    @Inject
    Sql sql;


    @Test
    void searchHealthGoesDownButTheReplicaStaysReadyAndKeepsServingTheCatalogue() {
        given().when().get("/q/health/well").then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Elasticsearch cluster health check' }.status", equalTo("DOWN"));
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.name", not(hasItem("Elasticsearch cluster health check")));
        given().when().get("/q/health/live").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().when().get("/api/v1/members").then()
                .statusCode(200)
                .body("total", equalTo((int) sql.count("select count(*) from member where status = 'active'")));
        given().when().get("/cari?q=kopi").then()
                .statusCode(200);
    }
}

package id.etalase.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Every kind of response carries the same security headers: pages, API answers, errors, static files, health. */
@QuarkusTest
class SecurityHeadersTest {

    static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self';"), not(containsString("unsafe-inline")),
                        containsString("frame-ancestors 'none'"), containsString("object-src 'none'")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("X-Frame-Options", equalTo("DENY"))
                // Plain HTTP here (and no trusted proxy saying otherwise): no HSTS.
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        hasSecurityHeaders(given().when().get("/").then().statusCode(200));
        hasSecurityHeaders(given().when().get("/cari?q=kopi").then().statusCode(200));
    }

    @Test
    void apiAnswersAndTheirErrorsCarryTheSecurityHeaders() {
        hasSecurityHeaders(given().when().get("/api/v1/sectors").then().statusCode(200));
        hasSecurityHeaders(given().when().get("/api/v1/products?page=0").then().statusCode(400)
                .contentType(containsString("problem+json")));
        hasSecurityHeaders(given().when().get("/api/v1/products/tidak-ada").then().statusCode(404));
    }

    @Test
    void errorPagesStaticFilesAndHealthCarryTheSecurityHeaders() {
        hasSecurityHeaders(given().when().get("/produk/tidak-ada").then().statusCode(404)
                .contentType(containsString("text/html")));
        hasSecurityHeaders(given().when().get("/halaman/yang/tidak/ada").then().statusCode(404));
        hasSecurityHeaders(given().when().get("/css/etalase.css").then().statusCode(200));
        hasSecurityHeaders(given().when().get("/robots.txt").then().statusCode(200));
        hasSecurityHeaders(given().when().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void aForgedForwardedProtoFromAnUntrustedPeerGivesNoHsts() {
        given().header("X-Forwarded-Proto", "https").when().get("/").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}

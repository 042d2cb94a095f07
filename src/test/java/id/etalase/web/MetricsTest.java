package id.etalase.web;

import id.etalase.common.Metrics;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /q/metrics: the series operators watch, with the right tags, moving by what the requests did. */
@QuarkusTest
class MetricsTest {

    @Inject
    id.etalase.enquiry.EnquiryService enquiries;

    static final String ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

    @Inject
    Sql sql;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void searchesSuggestionsViewsEnquiriesAndFailedLoginsAreCountedWithTheirTags() {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 1");
        String shopper = ANDROID_CHROME + " metrics-test/" + UUID.randomUUID();
        Metrics before = Metrics.scrape();

        String engine = given().queryParam("q", "kopi").when().get("/api/v1/search").then().statusCode(200)
                .extract().path("engine");
        given().queryParam("q", "kop").when().get("/api/v1/suggest").then().statusCode(200);
        given().header("User-Agent", shopper).when().get("/produk/{slug}", slug).then().statusCode(200);
        given().header("User-Agent", shopper).when().get("/produk/{slug}", slug).then().statusCode(200);
        given().redirects().follow(false).header("User-Agent", shopper)
                .when().get("/produk/{slug}/whatsapp", slug).then().statusCode(303);
        given().redirects().follow(false).header("User-Agent", shopper)
                .when().get("/produk/{slug}/whatsapp", slug).then().statusCode(303);
        given().redirects().follow(false).header("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)")
                .when().get("/produk/{slug}/whatsapp", slug).then().statusCode(303);
        assertEquals(401, new FormClient().login("0812-9" + String.format("%07d",
                Math.floorMod(shopper.hashCode(), 10_000_000)), "salah-sandi-123").statusCode());

        enquiries.writeVisits();
        Metrics after = Metrics.scrape();
        assertEquals(1, increase(before, after, "etalase_search_seconds_count", "engine", engine, "kind", "search"));
        assertEquals(1, increase(before, after, "etalase_search_seconds_count", "kind", "suggest"));
        assertEquals(1, increase(before, after, "etalase_product_views_total"), "a reload is the same view");
        assertEquals(1, increase(before, after, "etalase_enquiries_total"), "a repeat and a bot are not counted");
        assertEquals(1, increase(before, after, "etalase_login_failures_total", "reason", "invalid"));
        assertEquals(0, increase(before, after, "etalase_login_failures_total", "reason", "throttled"));
        // Every engine and kind is there from the start, so a fallback shows as a rising line, not a new series.
        for (String e : new String[] {"elasticsearch", "database"}) {
            for (String kind : new String[] {"search", "suggest"}) {
                assertFalse(after.find("etalase_search_seconds_bucket", "engine", e, "kind", kind).isEmpty(),
                        e + "/" + kind + " histogram");
            }
        }
    }

    @Test
    void httpLatencyIsAHistogramPerRouteTemplateAndStrangersCannotAddSeries() {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id desc limit 1");
        String stranger = "tidak-ada-" + UUID.randomUUID();
        given().when().get("/produk/{slug}", slug).then().statusCode(200);
        given().when().get("/kategori/{sector}", "kuliner").then().statusCode(200);
        given().when().get("/" + stranger).then().statusCode(404);
        given().when().get("/produk/{slug}", stranger).then().statusCode(404);
        given().header("Origin", "https://evil.example").formParam("a", "b")
                .when().post("/" + stranger).then().statusCode(403);
        given().when().request("BREW", "/" + stranger);
        given().when().get("/css/{file}", "etalase.css").then().statusCode(200);

        Metrics metrics = Metrics.scrape();
        assertTrue(metrics.sum("http_server_requests_seconds_count", "uri", "/produk/{slug}", "method", "GET",
                "status", "200") >= 1);
        assertTrue(metrics.sum("http_server_requests_seconds_count", "uri", "/produk/{slug}", "status", "404") >= 1,
                "an unknown product is its route's 404");
        assertFalse(metrics.find("http_server_requests_seconds_bucket", "uri", "/produk/{slug}").isEmpty(),
                "latency buckets per route");
        assertFalse(metrics.find("http_server_requests_seconds_count", "uri", "/kategori/{sector}").isEmpty());
        assertTrue(metrics.sum("http_server_requests_seconds_count", "uri", "NOT_FOUND") >= 1);
        assertTrue(metrics.sum("http_server_requests_seconds_count", "uri", "CLIENT_ERROR", "status", "403") >= 1);
        assertFalse(metrics.find("http_server_requests_seconds_count", "uri", "/css/*").isEmpty(),
                "static files are one series per folder");
        for (Metrics.Series series : metrics.find("http_server_requests_seconds_count")) {
            String uri = series.labels().get("uri");
            assertFalse(uri.contains(slug) || uri.contains(stranger) || uri.contains("etalase.css"),
                    "raw path in " + series);
            assertTrue(java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "OTHER")
                    .contains(series.labels().get("method")), series.toString());
        }
    }

    @Test
    void theOutboxAndTheConnectionPoolAreGauges() throws InterruptedException {
        Metrics metrics = Metrics.scrape();
        for (int i = 0; i < 40 && Double.isNaN(metrics.sum("etalase_search_outbox_depth")); i++) {
            Thread.sleep(250);
            metrics = Metrics.scrape();
        }
        double depth = metrics.sum("etalase_search_outbox_depth");
        assertTrue(depth >= 0, "outbox depth " + depth);
        assertTrue(metrics.sum("etalase_search_outbox_oldest_age_seconds") >= 0);
        assertEquals(1, metrics.find("etalase_search_outbox_depth").size());
        assertFalse(metrics.find("agroal_active_count", "datasource", "default").isEmpty(), "pool in use");
        assertFalse(metrics.find("agroal_available_count", "datasource", "default").isEmpty(), "pool idle");
        assertFalse(metrics.find("agroal_max_used_count", "datasource", "default").isEmpty());
    }

    private static double increase(Metrics before, Metrics after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    @Test
    void healthAndMetricsAnswerTheClusterButNotRequestsThroughTheIngress() {
        for (String path : new String[] { "/q/metrics", "/q/health", "/q/health/ready", "/q/health/live" }) {
            assertEquals(200, given().get(path).statusCode(), path);
            io.restassured.response.Response outside = given().header("X-Forwarded-For", "203.0.113.9").get(path);
            assertEquals(404, outside.statusCode(), path);
            assertEquals("Tidak ditemukan", outside.jsonPath().getString("title"), path);
            assertFalse(outside.asString().contains("agroal") || outside.asString().contains("UP"), path);
        }
        assertEquals(200, given().header("X-Forwarded-For", "203.0.113.9").get("/q/openapi").statusCode(),
                "the API's documentation stays public");
    }
}

package id.etalase.search;

import id.etalase.common.Metrics;
import id.etalase.common.Sql;
import id.etalase.testing.Listings;
import id.etalase.testing.Listings.Listed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(ElasticsearchBehindProxyProfile.class)
class SearchWithElasticsearchDownTest {

    static final TcpProxy ELASTICSEARCH = ElasticsearchBehindProxyProfile.proxy();

    @Inject
    Sql sql;

    @Inject
    SearchTesting searchTesting;

    @Inject
    SearchOutbox outbox;

    @Inject
    ProductIndexer indexer;

    @Inject
    Listings listings;

    @BeforeEach
    void elasticsearchUp() throws Exception {
        ELASTICSEARCH.open();
        searchTesting.awaitElasticsearchAnswering();
    }

    @AfterAll
    static void proxyGone() {
        ELASTICSEARCH.close();
    }

    JsonPath search(String engine, Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/v1/search").then()
                .statusCode(200)
                .body("engine", equalTo(engine))
                .extract().jsonPath();
    }

    @Test
    void writesSucceedWhileElasticsearchIsDownAndTheOutboxCatchesUpAfterwards() throws Exception {
        Listed archived = listings.published("Kopi Uji Segera Diarsip", "Dibuat untuk pengujian pencarian.",
                45_000L, "250 gr", "agribisnis");
        String archivedSlug = archived.slug();
        long archivedId = archived.id();
        searchTesting.awaitIndexed();

        ELASTICSEARCH.close();
        Listed added = listings.published("Kopi Uji Cadangan Darurat", null, 55_000L, "250 gr", "agribisnis");
        listings.archived(archived);
        try {
            indexer.drain();
        } catch (java.io.IOException refused) {
            // Elasticsearch is unreachable: the drain gives up and leaves the rows.
        }
        assertTrue(outbox.pending() >= 2, "both changes wait in the outbox");
        // The new product's rows: created, then approved; the archived one's: archived.
        assertEquals(2, sql.count("select count(distinct product_id) from search_outbox where product_id in (?, ?)",
                added.id(), archivedId));

        // Search answers from the database meanwhile: plainer, but current. A word matches the beginning of a word.
        String kopi = " and (lower(p.name) regexp '(^|[^[:alnum:]])kopi' or lower(p.description) regexp"
                + " '(^|[^[:alnum:]])kopi')";
        JsonPath fallback = search("database", Map.of("q", "kopi", "size", 100));
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + kopi), fallback.getLong("total"));
        List<String> slugs = fallback.getList("items.slug", String.class);
        assertTrue(slugs.contains(added.slug()));
        assertFalse(slugs.contains(archivedSlug));
        for (Map<String, Object> facet : fallback.<Map<String, Object>>getList("facets.sector")) {
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and s.slug = ?" + kopi, facet.get("value")),
                    ((Number) facet.get("count")).longValue());
        }
        assertFalse(fallback.getList("facets.paper").isEmpty());
        for (Map<String, Object> facet : fallback.<Map<String, Object>>getList("facets.paper")) {
            String column = Map.of("halal", "halal_cert", "bpom", "bpom", "pirt", "pirt", "nib", "nib")
                    .get((String) facet.get("value"));
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + kopi + " and m." + column
                    + " is not null"), ((Number) facet.get("count")).longValue(), facet.toString());
        }
        JsonPath halal = search("database", Map.of("q", "kopi", "paper", "halal", "size", 100));
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + kopi + " and m.halal_cert is not null"),
                halal.getLong("total"));
        // Every facet from one read: each product in one district, one scale, one price band (when priced).
        assertEquals(fallback.getLong("total"), sum(fallback, "district"));
        assertEquals(fallback.getLong("total"), sum(fallback, "scale"));
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + kopi + " and p.price is not null"),
                sum(fallback, "price"));
        // A filtered dimension's facet counts without its own filter; the others count with it.
        assertEquals(fallback.getList("facets.paper"), halal.getList("facets.paper"));
        for (Map<String, Object> facet : halal.<Map<String, Object>>getList("facets.sector")) {
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and s.slug = ?" + kopi
                    + " and m.halal_cert is not null", facet.get("value")), ((Number) facet.get("count")).longValue());
        }
        assertEquals(halal.getLong("total"), sum(halal, "scale"));
        // Every word counts, function words none.
        String robusta = " and (lower(p.name) regexp '(^|[^[:alnum:]])robusta' or lower(p.description) regexp"
                + " '(^|[^[:alnum:]])robusta')";
        long both = sql.count("select count(*) from " + PUBLIC_PRODUCTS + kopi + robusta);
        assertTrue(both > 0 && both < fallback.getLong("total"));
        assertEquals(both, search("database", Map.of("q", "Kopi dan ROBUSTA")).getLong("total"));
        // A word in either spelling finds the same products in the same order, whichever the seller wrote.
        String kripikOnly = " and (lower(p.name) regexp '(^|[^[:alnum:]])kripik' or lower(p.description) regexp"
                + " '(^|[^[:alnum:]])kripik')";
        String either = " and (lower(p.name) regexp '(^|[^[:alnum:]])(kripik|keripik)' or lower(p.description)"
                + " regexp '(^|[^[:alnum:]])(kripik|keripik)')";
        JsonPath kripik = search("database", Map.of("q", "kripik", "size", 100));
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + either), kripik.getLong("total"));
        assertTrue(kripik.getLong("total") > sql.count("select count(*) from " + PUBLIC_PRODUCTS + kripikOnly));
        assertEquals(kripik.getList("items.slug"), search("database", Map.of("q", "Keripik", "size", 100))
                .getList("items.slug"));
        given().queryParam("q", "kopi uji cad").when().get("/api/v1/suggest").then()
                .statusCode(200)
                .body("[0].label", equalTo("Kopi Uji Cadangan Darurat"));
        given().when().get("/q/health/well").then().statusCode(503);
        given().when().get("/q/health/ready").then().statusCode(200);
        // The database's answers are kept as the index's are, and forgotten at a change the same way.
        Listed later = listings.published("Kopi Uji Sesudah Disimpan", null, 35_000L, "250 gr", "agribisnis");
        JsonPath again = search("database", Map.of("q", "kopi", "size", 100));
        assertEquals(fallback.getLong("total") + 1, again.getLong("total"));
        assertTrue(again.getList("items.slug", String.class).contains(later.slug()));
        listings.archived(later);

        ELASTICSEARCH.open();
        // Search returns to Elasticsearch by itself once the breaker's pause is over (SearchWithElasticsearchSilentTest).
        searchTesting.awaitElasticsearchAnswering();
        searchTesting.awaitIndexed();
        assertEquals(0, outbox.pending());
        JsonPath recovered = search("elasticsearch", Map.of("q", "kopi uji cadangan darurat", "size", 100));
        assertEquals(added.slug(), recovered.getString("items[0].slug"));
        assertFalse(recovered.getList("items.slug").contains(archivedSlug));
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS),
                search("elasticsearch", Map.of()).getLong("total"));
        given().when().get("/q/health/well").then().statusCode(200);

        listings.archived(added);
        searchTesting.awaitIndexed();
    }

    @Test
    void theFallbackIsTimedUnderTheDatabaseEngine() throws Exception {
        Metrics before = Metrics.scrape();
        ELASTICSEARCH.close();
        search("database", Map.of("q", "kopi"));
        given().queryParam("q", "kopi").when().get("/api/v1/suggest").then().statusCode(200);
        Metrics after = Metrics.scrape();
        ELASTICSEARCH.open();
        assertEquals(1, after.sum("etalase_search_seconds_count", "engine", "database", "kind", "search")
                - before.sum("etalase_search_seconds_count", "engine", "database", "kind", "search"));
        assertEquals(1, after.sum("etalase_search_seconds_count", "engine", "database", "kind", "suggest")
                - before.sum("etalase_search_seconds_count", "engine", "database", "kind", "suggest"));
        assertEquals(before.sum("etalase_search_seconds_count", "engine", "elasticsearch"),
                after.sum("etalase_search_seconds_count", "engine", "elasticsearch"));
        searchTesting.awaitElasticsearchAnswering();
    }

    private static long sum(JsonPath result, String facet) {
        return result.<Map<String, Object>>getList("facets." + facet).stream()
                .mapToLong(value -> ((Number) value.get("count")).longValue()).sum();
    }
}

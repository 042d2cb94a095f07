package id.etalase.search;

import id.etalase.common.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document's version follows the state it was built from, so an index write of an older state can never win
 * over a newer one, whatever order rebuilds and drains run in.
 */
@QuarkusTest
class IndexVersionsTest {

    @Inject
    Sql sql;

    @Inject
    SearchTesting searchTesting;

    @Inject
    ProductIndexer indexer;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRebuildThatReadsAProductBeforeItsUnpublishingCommitsDoesNotKeepItSearchable() throws Exception {
        searchTesting.awaitIndexed();
        String slug = (String) sql.single("select p.slug from " + Sql.PUBLIC_PRODUCTS
                + " and p.name like 'Keripik%' order by p.id limit 1");
        long id = ((Number) sql.single("select id from product where slug = ?", slug)).longValue();
        String name = (String) sql.single("select name from product where id = ?", id);
        assertTrue(searchSlugs(name).contains(slug));

        try (Connection member = dataSource.getConnection()) {
            // Kept in SQL: the member archives the product (as ListingService.archive does) but has not committed yet,
            // a moment inside a transaction that the application's own paths cannot hold open ...
            member.setAutoCommit(false);
            try (PreparedStatement archive = member.prepareStatement(
                    "update product set status = 'archived', version = version + 1 where id = ?");
                    PreparedStatement outbox = member.prepareStatement(
                            "insert into search_outbox (product_id, created_at) values (?, now(6))")) {
                archive.setLong(1, id);
                archive.executeUpdate();
                outbox.setLong(1, id);
                outbox.executeUpdate();
            }
            // ... while a rebuild reads the committed state: the product still published.
            indexer.rebuild();
            member.commit();
        }
        searchTesting.awaitIndexed();
        assertFalse(searchSlugs(name).contains(slug), "the archived product left the index");

        // The demo's product back as it was, the way the archive above was written.
        sql.update("update product set status = 'published', version = version + 1 where id = ?", id);
        sql.update("insert into search_outbox (product_id, created_at) values (?, now(6))", id);
        searchTesting.awaitIndexed();
        assertTrue(searchSlugs(name).contains(slug), "and comes back when published again");
    }

    @Test
    void aDrainOfAnOlderStateLosesToTheNewerStateAlreadyIndexed() throws Exception {
        searchTesting.awaitIndexed();
        String slug = (String) sql.single("select p.slug from " + Sql.PUBLIC_PRODUCTS
                + " and p.name like 'Kopi%' order by p.id limit 1");
        long id = ((Number) sql.single("select id from product where slug = ?", slug)).longValue();
        String name = (String) sql.single("select name from product where id = ?", id);
        // A newer state (renamed) is indexed; then an outbox row written earlier is drained again. Kept in SQL: an
        // outbox row dated before the change it reports is a replay the application never writes.
        sql.update("update product set name = concat(name, ' Versi Baru'), version = version + 1 where id = ?", id);
        sql.update("insert into search_outbox (product_id, created_at) values (?, now(6) - interval 1 hour)", id);
        searchTesting.awaitIndexed();
        assertEquals(name + " Versi Baru", indexedName(slug, name));
        sql.update("update product set name = ?, version = version + 1 where id = ?", name, id);
        sql.update("insert into search_outbox (product_id, created_at) values (?, now(6) - interval 2 hour)", id);
        searchTesting.awaitIndexed();
        assertEquals(name, indexedName(slug, name), "the newest state is indexed, whatever the rows' times");
    }

    /** The name the index holds for the product: what a search for its words shows. */
    private String indexedName(String slug, String words) {
        List<Map<String, Object>> items = given().queryParam("q", words).queryParam("size", 100).when()
                .get("/api/v1/search").then().statusCode(200).body("engine", org.hamcrest.Matchers.equalTo(
                        "elasticsearch")).extract().jsonPath().getList("items");
        return items.stream().filter(item -> slug.equals(item.get("slug"))).map(item -> (String) item.get("name"))
                .findFirst().orElseThrow();
    }

    private List<String> searchSlugs(String query) {
        return given().queryParam("q", query).queryParam("size", 100).when().get("/api/v1/search").then()
                .statusCode(200).extract().jsonPath().getList("items.slug", String.class);
    }
}

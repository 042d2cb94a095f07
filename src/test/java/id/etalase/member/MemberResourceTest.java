package id.etalase.member;

import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MemberResourceTest {

    @Inject
    Sql sql;

    @Test
    void theDirectoryListsEveryActiveMemberByName() {
        List<Object> firstNames = sql.column("select business_name from member where status = 'active'"
                + " order by business_name, id limit 24");
        given().when().get("/api/v1/members").then()
                .statusCode(200)
                .body("total", equalTo((int) sql.count("select count(*) from member where status = 'active'")))
                .body("items", hasSize(24))
                .body("items.name", contains(firstNames.toArray()));
    }

    @Test
    void scaleFilterCountsWhatTheDatabaseHolds() {
        for (String scale : List.of("mikro", "kecil", "menengah")) {
            given().queryParam("scale", scale).queryParam("size", 100).when().get("/api/v1/members").then()
                    .statusCode(200)
                    .body("total", equalTo((int) sql.count("select count(*) from member where status = 'active'"
                            + " and scale = ?", scale)))
                    .body("items.scale", everyItem(equalTo(scale)));
        }
    }

    @Test
    void sectorAndDistrictFiltersCombine() {
        long expected = sql.count("select count(*) from member m join sector s on s.id = m.sector_id"
                + " join district d on d.id = m.district_id"
                + " where m.status = 'active' and s.slug = 'kuliner' and d.code = '18.71'");
        given().queryParam("sector", "kuliner").queryParam("district", "18.71").queryParam("size", 100)
                .when().get("/api/v1/members").then()
                .statusCode(200)
                .body("total", equalTo((int) expected))
                .body("items.sector", everyItem(equalTo("kuliner")))
                .body("items.district.code", everyItem(equalTo("18.71")));
    }

    @Test
    void aProfileShowsTheMembersPublishedProductsOnly() {
        String slug = (String) sql.single("select m.slug from member m join product p on p.member_id = m.id"
                + " where m.status = 'active' group by m.slug"
                + " having sum(p.status = 'published') > 0 and sum(p.status <> 'published') > 0 limit 1");
        List<Object> published = sql.column("select p.slug from " + PUBLIC_PRODUCTS
                + " and m.slug = ? order by p.created_at desc, p.id desc", slug);
        given().when().get("/api/v1/members/{slug}", slug).then()
                .statusCode(200)
                .body("slug", equalTo(slug))
                .body("productCount", equalTo(published.size()))
                .body("products.slug", contains(published.toArray()))
                .body("products.member.slug", everyItem(equalTo(slug)));
    }

    @Test
    void pendingAndUnknownMembersAreNotFound() {
        String pending = (String) sql.single("select slug from member where status = 'pending' limit 1");
        for (String slug : List.of(pending, "tidak-ada")) {
            given().when().get("/api/v1/members/{slug}", slug).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Tidak ditemukan"));
        }
    }

    @Test
    void badFiltersAreNamed() {
        long pending = sql.count("select count(*) from member where status = 'pending'");
        given().queryParam("scale", "besar").queryParam("district", "lampung")
                .when().get("/api/v1/members").then()
                .statusCode(400)
                .body("errors.field", contains("district", "scale"));
        assertEquals(pending, sql.count("select count(*) from member where status = 'pending'"), "nothing changed");
    }
}

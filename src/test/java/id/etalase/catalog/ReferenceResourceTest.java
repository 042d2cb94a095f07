package id.etalase.catalog;

import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReferenceResourceTest {

    @Inject
    Sql sql;

    @Test
    void sectorsComeInDisplayOrderWithProductAndMemberCounts() {
        JsonPath body = given().when().get("/api/v1/sectors").then()
                .statusCode(200)
                .body("slug", contains("kuliner", "fashion", "kerajinan", "agribisnis", "jasa",
                        "kecantikan-kesehatan", "lainnya"))
                .body("find { it.slug == 'kuliner' }.nameEn", equalTo("Food & drink"))
                .extract().jsonPath();
        for (Map<String, Object> sector : body.<Map<String, Object>>getList("")) {
            String slug = (String) sector.get("slug");
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and s.slug = ?", slug),
                    ((Number) sector.get("productCount")).longValue(), slug);
            assertEquals(sql.count("select count(*) from member m join sector s on s.id = m.sector_id"
                    + " where m.status = 'active' and s.slug = ?", slug),
                    ((Number) sector.get("memberCount")).longValue(), slug);
        }
        List<Map<String, Object>> byProducts = body.getList("");
        byProducts.sort(Comparator.comparing(s -> -((Number) s.get("productCount")).longValue()));
        assertEquals("kuliner", byProducts.get(0).get("slug"), "food is the largest sector");
    }

    @Test
    void districtsListAllFifteenOfLampungWithCounts() {
        JsonPath body = given().when().get("/api/v1/districts").then()
                .statusCode(200)
                .body("", hasSize(15))
                .body("[0].code", equalTo("18.01"))
                .body("find { it.code == '18.71' }.name", equalTo("Bandar Lampung"))
                .body("find { it.code == '18.71' }.slug", equalTo("bandar-lampung"))
                .body("find { it.code == '18.71' }.kind", equalTo("kota"))
                .body("find { it.code == '18.02' }.kind", equalTo("kabupaten"))
                .extract().jsonPath();
        long withMembers = body.<Map<String, Object>>getList("").stream()
                .filter(d -> ((Number) d.get("memberCount")).longValue() > 0).count();
        assertEquals(11, withMembers, "the community's members live in 11 of the 15 districts");
        for (Map<String, Object> district : body.<Map<String, Object>>getList("")) {
            String code = (String) district.get("code");
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and d.code = ?", code),
                    ((Number) district.get("productCount")).longValue(), code);
        }
    }
}

package id.etalase.catalog;

import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProductResourceTest {

    static final String BANDAR_LAMPUNG = "18.71";

    @Inject
    Sql sql;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void listsPublishedProductsNewestFirstWithTheirSellerAndPlace() {
        long published = sql.count("select count(*) from " + PUBLIC_PRODUCTS);
        JsonPath body = given().when().get("/api/v1/products").then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(24))
                .body("total", equalTo((int) published))
                .body("items", hasSize(24))
                .body("items.member.slug", everyItem(notNullValue()))
                .body("items.district.code", everyItem(notNullValue()))
                .body("items.sector.slug", everyItem(notNullValue()))
                .extract().jsonPath();
        assertTrue(published >= 1500, "the demo catalogue has at least 1,500 published products");
        List<String> created = body.getList("items.createdAt", String.class);
        List<String> sorted = new ArrayList<>(created);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, created);
        List<Object> newestSlugs = sql.column("select p.slug from " + PUBLIC_PRODUCTS
                + " order by p.created_at desc, p.id desc limit 24");
        assertEquals(newestSlugs, body.getList("items.slug"));
    }

    @Test
    void sectorAndDistrictFiltersReturnBandarLampungFood() {
        long expected = sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and s.slug = 'kuliner' and d.code = ?",
                BANDAR_LAMPUNG);
        assertTrue(expected > 0);
        given().queryParam("sector", "kuliner").queryParam("district", BANDAR_LAMPUNG).queryParam("size", 100)
                .when().get("/api/v1/products").then()
                .statusCode(200)
                .body("total", equalTo((int) expected))
                .body("items.size()", equalTo((int) Math.min(expected, 100)))
                .body("items.sector.slug", everyItem(equalTo("kuliner")))
                .body("items.district.code", everyItem(equalTo(BANDAR_LAMPUNG)))
                .body("items.district.name", everyItem(equalTo("Bandar Lampung")));
    }

    @Test
    void scaleAndPriceRangeCombineWithTheOtherFilters() {
        long expected = sql.count("select count(*) from " + PUBLIC_PRODUCTS
                + " and m.scale = 'mikro' and s.slug = 'kuliner' and p.price between 20000 and 40000");
        assertTrue(expected > 0);
        JsonPath body = given().queryParam("scale", "mikro").queryParam("sector", "kuliner")
                .queryParam("minPrice", 20000).queryParam("maxPrice", 40000).queryParam("size", 100)
                .when().get("/api/v1/products").then()
                .statusCode(200)
                .body("total", equalTo((int) expected))
                .extract().jsonPath();
        List<Long> prices = body.getList("items.price", Long.class);
        assertTrue(prices.stream().allMatch(p -> p >= 20000 && p <= 40000), prices::toString);
        List<String> sellers = body.getList("items.member.slug", String.class);
        long nonMikro = sql.count("select count(*) from member where scale <> 'mikro' and slug in ('"
                + String.join("','", sellers) + "')");
        assertEquals(0, nonMikro);
    }

    @Test
    void memberFilterListsOnlyThatSellersPublishedProducts() {
        String seller = (String) sql.single("select m.slug from " + PUBLIC_PRODUCTS
                + " group by m.slug order by count(*) desc, m.slug limit 1");
        List<Object> expected = sql.column("select p.slug from " + PUBLIC_PRODUCTS
                + " and m.slug = ? order by p.name, p.id", seller);
        given().queryParam("member", seller).queryParam("sort", "name").queryParam("size", 100)
                .when().get("/api/v1/products").then()
                .statusCode(200)
                .body("total", equalTo(expected.size()))
                .body("items.slug", contains(expected.toArray()))
                .body("items.member.slug", everyItem(equalTo(seller)));
    }

    @Test
    void pagesSplitTheListingWithoutGapsOrRepeats() {
        long total = sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and s.slug = 'fashion'");
        int size = 7;
        int pages = (int) ((total + size - 1) / size);
        var seen = new HashSet<String>();
        for (int page = 1; page <= pages; page++) {
            List<String> slugs = given().queryParam("sector", "fashion").queryParam("size", size)
                    .queryParam("page", page).queryParam("sort", "name")
                    .when().get("/api/v1/products").then()
                    .statusCode(200)
                    .body("page", equalTo(page))
                    .body("total", equalTo((int) total))
                    .extract().jsonPath().getList("items.slug", String.class);
            assertEquals(page < pages ? size : total - (long) size * (pages - 1), slugs.size());
            seen.addAll(slugs);
        }
        assertEquals(total, seen.size());
        given().queryParam("sector", "fashion").queryParam("size", size).queryParam("page", pages + 1)
                .when().get("/api/v1/products").then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo((int) total));
    }

    @Test
    void sortsByPriceBothWaysWithNegotiablePricesLast() {
        long withoutPrice = sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and p.price is null");
        assertTrue(withoutPrice > 0, "the demo catalogue has products with 'harga nego'");
        List<Long> ascending = given().queryParam("sort", "price_asc").queryParam("size", 100)
                .when().get("/api/v1/products").then().statusCode(200)
                .extract().jsonPath().getList("items.price", Long.class);
        assertEquals(ascending.stream().sorted().toList(), ascending);
        Object cheapest = sql.single("select min(p.price) from " + PUBLIC_PRODUCTS);
        assertEquals(((Number) cheapest).longValue(), ascending.get(0));

        List<Long> descending = given().queryParam("sort", "price_desc").queryParam("size", 100)
                .when().get("/api/v1/products").then().statusCode(200)
                .extract().jsonPath().getList("items.price", Long.class);
        assertEquals(descending.stream().sorted(Comparator.reverseOrder()).toList(), descending);

        long total = sql.count("select count(*) from " + PUBLIC_PRODUCTS);
        int lastPage = (int) ((total + 99) / 100);
        List<Long> lastPrices = given().queryParam("sort", "price_asc").queryParam("size", 100)
                .queryParam("page", lastPage)
                .when().get("/api/v1/products").then().statusCode(200)
                .extract().jsonPath().getList("items.price", Long.class);
        assertTrue(lastPrices.get(lastPrices.size() - 1) == null, "harga nego sorts last");
        assertTrue(lastPrices.stream().filter(Objects::isNull).count() >= Math.min(withoutPrice, lastPrices.size() - 1));
    }

    @Test
    void sortsByNameAlphabetically() {
        List<String> names = given().queryParam("sort", "name").queryParam("sector", "agribisnis")
                .queryParam("size", 50)
                .when().get("/api/v1/products").then().statusCode(200)
                .extract().jsonPath().getList("items.name", String.class);
        List<Object> expected = sql.column("select p.name from " + PUBLIC_PRODUCTS
                + " and s.slug = 'agribisnis' order by p.name, p.id limit 50");
        assertEquals(expected, names);
    }

    @Test
    void oneProductCarriesDescriptionAndTheSellersCard() {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS
                + " and m.nib is not null and p.price is not null order by p.id limit 1");
        Object price = sql.single("select price from product where slug = ?", slug);
        Object seller = sql.single("select m.business_name from product p join member m on m.id = p.member_id"
                + " where p.slug = ?", slug);
        given().when().get("/api/v1/products/{slug}", slug).then()
                .statusCode(200)
                .body("slug", equalTo(slug))
                .body("price", equalTo(((Number) price).intValue()))
                .body("description", not(empty()))
                .body("member.name", equalTo(seller))
                .body("member.legal.nib", notNullValue())
                .body("member.scale", notNullValue());
    }

    @Test
    void unknownOrUnpublishedProductsAreNotFound() {
        String draft = (String) sql.single("select slug from product where status <> 'published' limit 1");
        for (String slug : List.of("tidak-ada-produk-ini", draft)) {
            given().when().get("/api/v1/products/{slug}", slug).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("title", equalTo("Tidak ditemukan"))
                    .body("instance", equalTo("/api/v1/products/" + slug));
        }
    }

    @Test
    void badParametersAreNamedInA400ProblemInIndonesian() {
        given().queryParam("size", 100000).queryParam("minPrice", "abc").queryParam("sort", "x")
                .queryParam("page", 0)
                .when().get("/api/v1/products").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Permintaan tidak valid"))
                .body("errors.field", containsInAnyOrder("size", "minPrice", "sort", "page"))
                .body("errors.find { it.field == 'size' }.message", equalTo("Harus bilangan bulat dari 1 sampai 100."))
                .body("errors.find { it.field == 'sort' }.message",
                        equalTo("Harus salah satu dari: newest, price_asc, price_desc, name, relevance."));
    }

    @Test
    void unknownSectorDistrictOrMemberAndAnInvertedPriceRangeAre400() {
        String body = given().queryParam("district", "99.99").queryParam("sector", "perhiasan")
                .queryParam("member", "tidak-ada").queryParam("minPrice", 50000).queryParam("maxPrice", 1000)
                .when().get("/api/v1/products").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("district", "sector", "member", "maxPrice"))
                .body("errors.find { it.field == 'district' }.message",
                        equalTo("Wilayah \"99.99\" tidak dikenal. Pakai kode wilayah dari /api/v1/districts,"
                                + " misalnya 18.71."))
                .extract().asString();
        assertTrue(!body.contains("Exception") && !body.contains("id.etalase"), body);
    }

    @Test
    void problemsSpeakEnglishWhenAsked() {
        given().header("Accept-Language", "en-GB,en;q=0.8").queryParam("size", 0).queryParam("district", "99.99")
                .when().get("/api/v1/products").then()
                .statusCode(400)
                .body("title", equalTo("Invalid request"))
                .body("errors.find { it.field == 'size' }.message", equalTo("Must be a whole number from 1 to 100."));
        given().header("Accept-Language", "en").when().get("/api/v1/products/nope").then()
                .statusCode(404)
                .body("title", equalTo("Not found"));
    }

    @Test
    void listingsAreSmallWhenTheFilterMatchesNothing() {
        given().queryParam("sector", "kuliner").queryParam("minPrice", 9_000_000_000L)
                .when().get("/api/v1/products").then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
        long priced = sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and p.price >= 1000000");
        given().queryParam("minPrice", 1000000).when().get("/api/v1/products").then()
                .statusCode(200)
                .body("total", equalTo((int) priced))
                .body("total", greaterThan(0));
    }
}

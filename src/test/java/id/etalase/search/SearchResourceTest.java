package id.etalase.search;

import id.etalase.common.Metrics;
import id.etalase.common.Sql;
import id.etalase.member.MemberRepository;
import id.etalase.member.MemberService;
import id.etalase.member.MemberStatus;
import id.etalase.testing.Listings;
import id.etalase.testing.Listings.Listed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SearchResourceTest {

    @Inject
    Sql sql;

    @Inject
    SearchTesting searchTesting;

    @Inject
    Listings listings;

    @Inject
    MemberService memberService;

    @Inject
    MemberRepository members;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    Listed publish(String name, Long price) {
        return listings.published(name, "Dibuat untuk pengujian pencarian.", price, "pcs", "kuliner");
    }

    JsonPath search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/v1/search").then()
                .statusCode(200)
                .body("engine", equalTo("elasticsearch"))
                .extract().jsonPath();
    }

    @Test
    void spellingVariantsFindBothSpellingsWithHighlights() throws Exception {
        searchTesting.awaitIndexed();
        JsonPath body = search(Map.of("q", "kripik", "size", 100));
        List<String> names = body.getList("items.name", String.class);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Kripik")), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Keripik")), names::toString);
        assertTrue(body.getList("items.highlight.name", String.class).stream()
                .filter(h -> h != null).allMatch(h -> h.contains("<mark>")));
    }

    @Test
    void facetCountsEqualSqlCountsOfTheSameFilter() throws Exception {
        searchTesting.awaitIndexed();
        String both = " and s.slug = 'kuliner' and d.code = '18.71'";
        JsonPath body = search(Map.of("sector", "kuliner", "district", "18.71"));
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + both), body.getLong("total"));
        for (Map<String, Object> facet : body.<Map<String, Object>>getList("facets.sector")) {
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and d.code = '18.71' and s.slug = ?",
                    facet.get("value")), ((Number) facet.get("count")).longValue(), facet.toString());
        }
        assertEquals(sql.count("select count(distinct s.slug) from " + PUBLIC_PRODUCTS + " and d.code = '18.71'"),
                body.getList("facets.sector").size());
        for (Map<String, Object> facet : body.<Map<String, Object>>getList("facets.district")) {
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and s.slug = 'kuliner' and d.code = ?",
                    facet.get("value")), ((Number) facet.get("count")).longValue(), facet.toString());
        }
        for (Map<String, Object> facet : body.<Map<String, Object>>getList("facets.scale")) {
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + both + " and m.scale = ?",
                    facet.get("value")), ((Number) facet.get("count")).longValue(), facet.toString());
        }
        for (Map<String, Object> facet : body.<Map<String, Object>>getList("facets.price")) {
            String[] band = ((String) facet.get("value")).split("-", -1);
            String upper = band[1].isEmpty() ? "" : " and p.price <= " + band[1];
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + both + " and p.price >= " + band[0]
                    + upper), ((Number) facet.get("count")).longValue(), facet.toString());
        }
        List<Map<String, Object>> papers = body.getList("facets.paper");
        for (Map<String, Object> facet : papers) {
            String column = Map.of("halal", "halal_cert", "bpom", "bpom", "pirt", "pirt", "nib", "nib")
                    .get((String) facet.get("value"));
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + both + " and m." + column
                    + " is not null"), ((Number) facet.get("count")).longValue(), facet.toString());
        }
        assertEquals(List.of("halal", "bpom", "pirt", "nib"), papers.stream().map(f -> f.get("value")).toList(),
                "every paper is held in the fixture, in the order shoppers ask");
        assertEquals("Halal", papers.get(0).get("label"));
        assertEquals("Kuliner (makanan & minuman)", body.getString("facets.sector.find { it.value == 'kuliner' }.label"));
        assertEquals("Usaha mikro", body.getString("facets.scale.find { it.value == 'mikro' }.label"));
    }

    @Test
    void aLegalPaperFilterKeepsOnlySellersHoldingIt() throws Exception {
        searchTesting.awaitIndexed();
        JsonPath body = search(Map.of("sector", "kuliner", "paper", "halal", "size", 100));
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS
                + " and s.slug = 'kuliner' and m.halal_cert is not null"), body.getLong("total"));
        List<String> sellers = body.getList("items.member.slug", String.class);
        assertFalse(sellers.isEmpty());
        for (String seller : sellers) {
            assertEquals(1, sql.count("select count(*) from member where slug = ? and halal_cert is not null", seller),
                    seller);
        }
        // The paper facet still offers the other papers, counted under the other filters.
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and s.slug = 'kuliner' and m.bpom is not null"),
                body.getLong("facets.paper.find { it.value == 'bpom' }.count"));
    }

    /** Every result of a search, page by page, as the shopper would page through them. */
    private List<Map<String, Object>> allPages(Map<String, Object> params, int size) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        long total = -1;
        for (int page = 1; total < 0 || (long) (page - 1) * size < total; page++) {
            Map<String, Object> paged = new java.util.HashMap<>(params);
            paged.put("size", size);
            paged.put("page", page);
            JsonPath body = search(paged);
            total = body.getLong("total");
            List<Map<String, Object>> items = body.getList("items");
            assertEquals(Math.min(size, total - (long) (page - 1) * size), items.size(), "page " + page);
            all.addAll(items);
        }
        return all;
    }

    @Test
    void theFirstPageShowsEachSellersBestMatchBeforeAnySellersSecond() throws Exception {
        Listed shop = publish("Kopi Adil Uji Satu", 20_000L);
        for (int i = 2; i <= 6; i++) {
            listings.published(shop.memberId(), "Kopi Adil Uji " + i, "Dibuat untuk pengujian pencarian.", 20_000L,
                    "pcs", "kuliner");
        }
        searchTesting.awaitIndexed();
        for (Map<String, Object> params : List.<Map<String, Object>>of(Map.of("q", "kopi"), Map.of("sector", "kuliner"),
                Map.of("q", "kopi adil uji"))) {
            int size = 12;
            List<Map<String, Object>> all = allPages(params, size);
            List<String> slugs = all.stream().map(item -> (String) item.get("slug")).toList();
            assertEquals(slugs.size(), new java.util.HashSet<>(slugs).size(), "no result shows twice: " + params);
            java.util.Set<Object> sellers = new java.util.HashSet<>(all.stream().map(this::seller).toList());
            List<Map<String, Object>> first = all.subList(0, Math.min(size, all.size()));
            if (!params.containsKey("q")) {
                // Newest first, every listing is as relevant: the first page shows as many sellers as the results hold.
                assertEquals(Math.min(size, sellers.size()), first.stream().map(this::seller).distinct().count());
            }
            for (Map<String, Object> item : first) {
                long sellersResults = all.stream().filter(other -> seller(other).equals(seller(item))).count();
                if (all.size() <= SearchRequests.MIX_WINDOW) {
                    assertEquals(sellersResults > 1, item.get("moreFromSeller"), item.toString());
                } else if (Boolean.TRUE.equals(item.get("moreFromSeller"))) {
                    assertTrue(sellersResults > 1, item.toString());
                }
            }
            assertTrue(all.subList(first.size(), all.size()).stream().noneMatch(item -> item.containsKey("moreFromSeller")));
        }
        // The seller's six coffees: its best first, with "more from this seller".
        List<Map<String, Object>> adil = allPages(Map.of("q", "kopi adil uji"), 12);
        assertEquals(6, adil.stream().filter(item -> shop.memberId() == memberId(item)).count());
        assertEquals(shop.memberId(), memberId(adil.get(0)));
        assertEquals(true, adil.get(0).get("moreFromSeller"));
        given().queryParam("q", "kopi adil uji").when().get("/cari").then()
                .statusCode(200)
                .body(containsString("href=\"/cari?q=kopi+adil+uji&amp;member=" + seller(adil.get(0)) + "\""))
                .body(containsString("Lainnya dari "));
        // Narrowed to the seller, its own listings come in the plain order, all on one page.
        JsonPath own = search(Map.of("q", "kopi adil uji", "member", (String) seller(adil.get(0)), "size", 12));
        assertEquals(6, own.getList("items").size());
        assertEquals(List.of(), own.getList("items.moreFromSeller").stream().filter(java.util.Objects::nonNull).toList());
    }

    private Object seller(Map<String, Object> item) {
        return ((Map<?, ?>) item.get("member")).get("slug");
    }

    private long memberId(Map<String, Object> item) {
        return ((Number) sql.single("select id from member where slug = ?", seller(item))).longValue();
    }

    @Test
    void aSellersIdenticalListingsShowOnce() throws Exception {
        Listed one = publish("Sambal Kembar Uji Sama", 15_000L);
        Listed twin = listings.published(one.memberId(), "sambal  kembar uji SAMA", "Dibuat untuk pengujian pencarian.",
                16_000L, "pcs", "kuliner");
        searchTesting.awaitIndexed();
        Object seller = sql.single("select slug from member where id = ?", one.memberId());
        List<String> names = search(Map.of("q", "sambal kembar uji sama", "size", 100)).getList("items.name", String.class);
        assertEquals(1, names.stream().filter(n -> n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .equals("sambal kembar uji sama")).count(), names::toString);
        // The total counts listings: the seller's products with the same name count once.
        JsonPath own = search(Map.of("member", seller, "size", 100));
        long listed = sql.count("select count(distinct lower(regexp_replace(p.name, '[[:space:]]+', ' '))) from "
                + PUBLIC_PRODUCTS + " and m.id = ?", one.memberId());
        assertEquals(listed, own.getLong("total"));
        assertEquals(listed, own.getList("items").size());
        assertEquals(listed + 1, sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and m.id = ?", one.memberId()));
        listings.archived(one);
        listings.archived(twin);
    }

    @Test
    void aFacetIgnoresItsOwnFilterSoTheShopperCanWiden() throws Exception {
        searchTesting.awaitIndexed();
        given().queryParam("q", "kopi").queryParam("sector", "agribisnis").queryParam("size", 50)
                .when().get("/api/v1/search").then()
                .statusCode(200)
                .body("items.sector.slug", everyItem(equalTo("agribisnis")))
                .body("facets.sector.value", hasItem("kuliner"))
                .body("facets.sector.value", hasItem("agribisnis"));
    }

    @Test
    void theIndexFollowsProductChangesInTheDatabase() throws Exception {
        Listed product = publish("Rendang Daging Uji Indeks", 85_000L);
        searchTesting.awaitIndexed();
        assertEquals(List.of(product.slug()), search(Map.of("q", "rendang uji indeks", "size", 3))
                .getList("items.slug").subList(0, 1));

        listings.edited(product, "Gulai Kambing Uji Indeks", "Berubah.", 90_000L, "porsi");
        searchTesting.awaitIndexed();
        JsonPath renamed = search(Map.of("q", "gulai kambing uji indeks", "size", 3));
        assertEquals(product.slug(), renamed.getString("items[0].slug"));
        assertEquals(90_000, renamed.getInt("items[0].price"));
        assertEquals("porsi", renamed.getString("items[0].unit"));
        assertFalse(search(Map.of("q", "rendang", "size", 100)).getList("items.slug").contains(product.slug()));

        listings.archived(product);
        searchTesting.awaitIndexed();
        assertFalse(search(Map.of("q", "gulai kambing uji indeks", "size", 100)).getList("items.slug")
                .contains(product.slug()));
    }

    @Test
    void aSearchAskedAgainIsAnsweredFromTheKeptAnswerUntilTheIndexChanges() throws Exception {
        searchTesting.awaitIndexed();
        Map<String, Object> params = Map.of("q", "rendang simpanan", "sector", "kuliner", "size", 5);
        double kept = Metrics.scrape().sum("cache_gets_total", "cache", "search-answers", "result", "hit");
        assertEquals(List.of(), search(params).getList("items.slug"));
        assertEquals(List.of(), search(params).getList("items.slug"));
        assertEquals(kept + 1, Metrics.scrape().sum("cache_gets_total", "cache", "search-answers", "result", "hit"));

        // The drain forgets the kept answers once its documents are searchable, without a test's refresh.
        Listed product = publish("Rendang Simpanan Uji", 70_000L);
        searchTesting.awaitDrained();
        assertEquals(List.of(product.slug()), search(params).getList("items.slug"));
    }

    @Test
    void suspendingAMemberHidesAllItsProductsUntilReinstated() throws Exception {
        Object[] seller = QuarkusTransaction.requiringNew().call(() -> (Object[]) members.getEntityManager()
                .createNativeQuery("select m.id, m.slug from member m join product p on p.member_id = m.id"
                        + " where m.status = 'active' and p.status = 'published' group by m.id, m.slug"
                        + " order by count(*) desc, m.id limit 1").getSingleResult());
        long memberId = ((Number) seller[0]).longValue();
        long published = sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and m.id = ?", memberId);
        searchTesting.awaitIndexed();
        assertEquals(published, search(Map.of("member", seller[1])).getLong("total"));
        try {
            memberService.changeStatus(memberId, MemberStatus.SUSPENDED);
            searchTesting.awaitIndexed();
            long visible = search(Map.of("size", 100, "q", "*")).getList("items.member.slug").stream()
                    .filter(seller[1]::equals).count();
            assertEquals(0, visible);
            assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS), search(Map.of()).getLong("total"));
        } finally {
            memberService.changeStatus(memberId, MemberStatus.ACTIVE);
            searchTesting.awaitIndexed();
        }
        assertEquals(published, search(Map.of("member", seller[1])).getLong("total"));
    }

    @Test
    void onlyPublishedProductsEverAppear() throws Exception {
        searchTesting.awaitIndexed();
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS), search(Map.of()).getLong("total"));
        String draftSlug = (String) sql.single("select slug from product where status = 'draft' limit 1");
        String draftName = (String) sql.single("select name from product where slug = ?", draftSlug);
        assertFalse(search(Map.of("q", draftName, "size", 100)).getList("items.slug").contains(draftSlug));
    }

    @Test
    void searchesThatFindNothingAreCountedOncePerNormalisedQueryAndDay() {
        String query = "zzqx qwvb" + System.nanoTime();
        for (String typed : List.of(query, "  " + query.toUpperCase(java.util.Locale.ROOT).replace(" ", "   "), query)) {
            given().queryParam("q", typed).queryParam("sector", "kuliner").when().get("/api/v1/search").then()
                    .statusCode(200)
                    .body("total", equalTo(0))
                    .body("items", empty());
        }
        assertEquals(1, sql.count("select count(*) from search_miss where query = ?", query));
        assertEquals(3, sql.count("select searches from search_miss where query = ? and filters = 'sector=kuliner'"
                + " and engine = 'elasticsearch' and day = current_date()", query));
    }

    @Test
    void aSearchStillAnswersWhenItsMissCannotBeCounted() {
        String query = "zzqy gagal catat " + System.nanoTime();
        sql.update("alter table search_miss rename to search_miss_away");
        try {
            given().queryParam("q", query).when().get("/api/v1/search").then()
                    .statusCode(200)
                    .body("total", equalTo(0));
        } finally {
            sql.update("alter table search_miss_away rename to search_miss");
        }
        assertEquals(0, sql.count("select count(*) from search_miss where query = ?", query));
    }

    @Test
    void highlightsEscapeMarkupInProductNames() throws Exception {
        Listed product = publish("<script>alert(1)</script> Sambal Uji Aman", 15_000L);
        searchTesting.awaitIndexed();
        try {
            // Its name's first word is markup, not "sambal": a query led by "uji" makes it the best match, whatever the
            // other sambal products (a name beginning with the query's first word ranks first).
            JsonPath body = search(Map.of("q", "uji aman sambal", "size", 1));
            assertEquals(product.slug(), body.getString("items[0].slug"));
            String highlighted = body.getString("items[0].highlight.name");
            assertTrue(highlighted.contains("&lt;script&gt;") && !highlighted.contains("<script>"), highlighted);
            assertTrue(highlighted.contains("<mark>Sambal"), highlighted);
        } finally {
            listings.archived(product);
            searchTesting.awaitIndexed();
        }
    }

    @Test
    void priceSortOrdersMatchesByPrice() throws Exception {
        searchTesting.awaitIndexed();
        List<Long> prices = search(Map.of("q", "kopi", "sort", "price_asc", "size", 50))
                .getList("items.price", Long.class);
        assertEquals(prices.stream().sorted().toList(), prices);
    }

    @Test
    void suggestionsMixProductsMembersAndSectors() throws Exception {
        searchTesting.awaitIndexed();
        given().queryParam("q", "kop").when().get("/api/v1/suggest").then()
                .statusCode(200)
                .body("size()", lessThanOrEqualTo(8))
                .body("[0].type", equalTo("product"))
                .body("[0].label", startsWith("Kopi"))
                .body("findAll { it.type == 'member' }.label", everyItem(startsWith("Kopi")))
                .body("findAll { it.type == 'member' }.url", everyItem(startsWith("/anggota/")))
                .body("type", hasItem("member"));
        given().queryParam("q", "kuli").when().get("/api/v1/suggest").then()
                .statusCode(200)
                .body("find { it.type == 'sector' }.url", equalTo("/kategori/kuliner"));
        given().queryParam("q", "k").when().get("/api/v1/suggest").then()
                .statusCode(200)
                .body("", empty());
    }

    @Test
    void badSearchParametersAreNamed() {
        given().queryParam("q", "a".repeat(201)).queryParam("sort", "x").when().get("/api/v1/search").then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("q", "sort")))
                .body("errors[0].message", equalTo("Paling panjang 200 karakter."));
        given().queryParam("paper", "sni").when().get("/api/v1/search").then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("paper")))
                .body("errors[0].message", equalTo("Harus salah satu dari: halal, bpom, pirt, nib."));
        given().queryParam("q", "kopi").queryParam("district", "99.99").when().get("/api/v1/search").then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("district")))
                .body(not(containsString("Exception")));
    }

    @Test
    void resultsCannotBePagedPastTheFirstTenThousandAndNothingFallsBackForIt() throws Exception {
        searchTesting.awaitIndexed();
        given().queryParam("q", "kopi").queryParam("size", 100).queryParam("page", 100).when().get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("engine", equalTo("elasticsearch"))
                .body("items", empty());
        for (Map<String, Object> deep : List.<Map<String, Object>>of(Map.of("q", "kopi", "size", 100, "page", 101),
                Map.of("page", 99_999), Map.of("q", "kopi", "size", 1, "page", 10_001))) {
            given().queryParams(deep).when().get("/api/v1/search").then()
                    .statusCode(400)
                    .contentType(containsString("problem+json"))
                    .body("errors.field", equalTo(List.of("page")))
                    .body("errors[0].message", containsString("Perjelas pencarian"));
        }
        given().queryParam("q", "kopi").queryParam("page", 99_999).header("Accept-Language", "en").when()
                .get("/api/v1/search").then()
                .statusCode(400)
                .body("errors[0].message", equalTo("Only the first 416 pages can be opened. Refine your search: add a"
                        + " word, or choose a sector, district or price, to see other results."));
    }

    @Test
    void twoWordQueriesStillFindWhatOneWordMatches() throws Exception {
        searchTesting.awaitIndexed();
        List<String> names = search(Map.of("q", "kopi luwak", "size", 10)).getList("items.name", String.class);
        assertEquals(10, names.size());
        assertTrue(names.stream().allMatch(n -> n.toLowerCase(Locale.ROOT).contains("kopi")), names::toString);
    }
}

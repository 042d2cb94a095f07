package id.etalase.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.etalase.account.TestAccounts;
import id.etalase.admin.CurationService;
import id.etalase.catalog.FeaturedService.Kind;
import id.etalase.common.Rupiah;
import id.etalase.common.Sql;
import id.etalase.search.SearchTesting;
import id.etalase.testing.Listings;
import id.etalase.testing.Listings.Listed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StorefrontPagesTest {

    static final Pattern PRODUCT_LINK = Pattern.compile("class=\"product-card\" href=\"/produk/([a-z0-9-]+)\"");

    @Inject
    Sql sql;

    @Inject
    CurationService curation;

    @Inject
    ObjectMapper json;

    @Inject
    SearchTesting searchTesting;

    @Inject
    Listings listings;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static List<String> productSlugs(String html) {
        List<String> slugs = new ArrayList<>();
        Matcher matcher = PRODUCT_LINK.matcher(html);
        while (matcher.find()) {
            slugs.add(matcher.group(1));
        }
        return slugs;
    }

    @Test
    void theHomePageIsIndonesianWithSectorsCountsAndNewestProductsWhileNothingIsCurated() {
        String html = given().when().get("/").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"id\">"))
                .body(containsString("<title>Etalase – Katalog produk UMKM anggota komunitas</title>"))
                .body(containsString("Produk terbaru"))
                .body(not(containsString("Pilihan pengurus")))
                .body(containsString("<meta property=\"og:image\""))
                .extract().asString();
        long kuliner = sql.count("select count(*) from " + PUBLIC_PRODUCTS + " and s.slug = 'kuliner'");
        assertTrue(html.contains("href=\"/kategori/kuliner\">Kuliner (makanan &amp; minuman) <small>" + kuliner
                + " produk</small>"), "sector link with its count");
        List<Object> newest = sql.column("select p.slug from " + PUBLIC_PRODUCTS
                + " order by p.created_at desc, p.id desc limit 12");
        assertEquals(newest, new ArrayList<Object>(productSlugs(html)));
    }

    @Test
    void curatedProductsLeadTheHomePageOnceAdminsPickSome() {
        List<Object> picked = sql.column("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 2");
        long admin = ((Number) sql.single("select id from account where phone = ?",
                TestAccounts.stored(TestAccounts.ADMIN_PHONE))).longValue();
        curation.feature(admin, Kind.PRODUCT, (String) picked.get(1));
        curation.feature(admin, Kind.PRODUCT, (String) picked.get(0));
        try {
            String html = given().when().get("/").then().statusCode(200)
                    .body(containsString("<h2>Pilihan pengurus</h2>"))
                    .body(containsString("<h2>Baru masuk</h2>"))
                    .extract().asString();
            List<String> cards = productSlugs(html);
            assertEquals(List.of(picked.get(1), picked.get(0)), cards.subList(0, 2), "in the admins' order");
            assertEquals(2 + 12, cards.size(), "two curated products, then the twelve newest");
        } finally {
            CurationPagesTest.unfeatureAll(curation, sql);
        }
    }

    @Test
    void aSectorPageFilteredByDistrictShowsOnlyThoseProducts() throws Exception {
        searchTesting.awaitIndexed();
        long expected = sql.count("select count(*) from " + PUBLIC_PRODUCTS
                + " and s.slug = 'kuliner' and d.code = '18.71'");
        String html = given().queryParam("district", "18.71").queryParam("size", 100)
                .when().get("/kategori/kuliner").then()
                .statusCode(200)
                .body(containsString("<p id=\"result-count\" class=\"count\">" + expected + " produk</p>"))
                .extract().asString();
        List<String> slugs = productSlugs(html);
        assertEquals(Math.min(expected, 100), slugs.size());
        long outside = sql.count("select count(*) from product p join member m on m.id = p.member_id"
                + " join district d on d.id = m.district_id join sector s on s.id = p.sector_id where p.slug in ('"
                + String.join("','", slugs) + "') and (s.slug <> 'kuliner' or d.code <> '18.71')");
        assertEquals(0, outside);
        given().when().get("/wilayah/bandar-lampung").then().statusCode(200)
                .body(containsString("<h1>Bandar Lampung</h1>"));
        given().when().get("/wilayah/18.71").then().statusCode(200)
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/wilayah/bandar-lampung\">"));
    }

    @Test
    void theProductPageShowsPriceSellerWhatsappShareAndStructuredData() throws Exception {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS
                + " and p.price is not null and m.nib is not null order by p.id limit 1");
        long price = ((Number) sql.single("select price from product where slug = ?", slug)).longValue();
        String seller = (String) sql.single("select m.business_name from product p join member m"
                + " on m.id = p.member_id where p.slug = ?", slug);
        String html = given().when().get("/produk/{slug}", slug).then()
                .statusCode(200)
                .body(containsString("<p class=\"price\">" + Rupiah.format(price)))
                .body(containsString("<a id=\"whatsapp\" class=\"button whatsapp\" href=\"/produk/" + slug
                        + "/whatsapp\""))
                .body(containsString("id=\"share\" class=\"button share\" href=\"https://wa.me/?text="))
                .body(containsString("<li class=\"badge\" title=\""))
                .body(containsString("<meta property=\"og:type\" content=\"product\">"))
                .body(containsString("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/produk/" + slug + "\">"))
                .extract().asString();
        assertTrue(Rupiah.format(price).matches("Rp\\d{1,3}(\\.\\d{3})*"));
        String ld = html.substring(html.indexOf("<script type=\"application/ld+json\">") + 35,
                html.indexOf("</script>", html.indexOf("application/ld+json")));
        JsonNode data = json.readTree(ld);
        assertEquals("Product", data.get("@type").asText());
        assertEquals("IDR", data.at("/offers/priceCurrency").asText());
        assertEquals(price, data.at("/offers/price").asLong());
        assertEquals(seller, data.at("/offers/seller/name").asText());
    }

    @Test
    void aProductPageViewCountsOncePerShopperAndNeverForLinkPreviews() {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id desc limit 1");
        String views = "select count(*) from product_view v join product p on p.id = v.product_id where p.slug = ?";
        long before = sql.count(views, slug);
        for (int i = 0; i < 3; i++) {
            given().header("User-Agent", "Mozilla/5.0 (Linux; Android 13) StorefrontPagesTest")
                    .when().get("/produk/{slug}", slug).then().statusCode(200);
        }
        given().header("User-Agent", "WhatsApp/2.23.20.0 A").when().get("/produk/{slug}", slug).then().statusCode(200);
        given().header("User-Agent", "facebookexternalhit/1.1").when().get("/produk/{slug}", slug).then()
                .statusCode(200);
        assertEquals(before + 1, sql.count(views, slug));
    }

    @Test
    void aPageTooDeepAsksTheShopperToRefineTheSearch() {
        for (String path : List.of("/cari?q=kopi&page=99999", "/kategori/kuliner?page=5000")) {
            given().when().get(path).then()
                    .statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("<p class=\"hint\">Hanya 416 halaman pertama yang bisa dibuka. Perjelas"
                            + " pencarian"))
                    .body(not(containsString("Exception")));
        }
    }

    @Test
    void aProductWithoutPriceSaysHargaNego() {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " and p.price is null limit 1");
        given().when().get("/produk/{slug}", slug).then()
                .statusCode(200)
                .body(containsString("<p class=\"price\">Harga nego"));
    }

    @Test
    void markupInAProductNameIsEscapedEverywhere() throws Exception {
        Listed product = listings.published("<script>alert(1)</script>", "Uji <b>escaping</b> & kutipan \"aman\".",
                25_000L, null, "kuliner");
        try {
            String html = given().when().get("/produk/{slug}", product.slug()).then()
                    .statusCode(200)
                    .body(containsString("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
                    .body(containsString("Uji &lt;b&gt;escaping&lt;/b&gt; &amp; kutipan &quot;aman&quot;."))
                    .extract().asString();
            assertFalse(html.contains("<script>alert(1)</script>"));
            assertTrue(html.contains("\\u003cscript\\u003ealert(1)"), "JSON-LD escapes the name");
            searchTesting.awaitIndexed();
            String results = given().queryParam("q", "alert").when().get("/cari").then().statusCode(200)
                    .extract().asString();
            assertFalse(results.contains("<script>alert(1)</script>"));
        } finally {
            listings.archived(product);
        }
    }

    @Test
    void searchResultsHighlightMatchesAndOfferFacetLinks() throws Exception {
        searchTesting.awaitIndexed();
        given().queryParam("q", "kripik").when().get("/cari").then()
                .statusCode(200)
                .body(containsString("<h1>Hasil untuk “kripik”</h1>"))
                .body(containsString("<mark>Kripik</mark>"))
                .body(containsString("href=\"/cari?q=kripik&amp;sector=kuliner\""))
                .body(containsString("<summary>Surat usaha</summary>"))
                .body(containsString("href=\"/cari?q=kripik&amp;paper=halal\""))
                .body(containsString("value=\"kripik\""));
        // On a sector's page the legal-paper choice keeps the sector and the words.
        given().queryParam("paper", "halal").header("Accept-Language", "en").when().get("/kategori/kuliner").then()
                .statusCode(200)
                .body(containsString("<summary>Legal papers</summary>"))
                .body(containsString("class=\"active\" aria-current=\"true\">✓ Halal"));
        given().queryParam("q", "zzqxvb").when().get("/cari").then()
                .statusCode(200)
                .body(containsString("Belum ada produk yang cocok."))
                .body(containsString("<p id=\"result-count\" class=\"count\">0 produk</p>"));
    }

    @Test
    void unknownPagesAnswerAnIndonesianNotFoundPage() {
        for (String path : List.of("/produk/tidak-ada", "/kategori/perhiasan", "/wilayah/jakarta", "/anggota/x")) {
            given().when().get(path).then()
                    .statusCode(404)
                    .contentType(containsString("text/html"))
                    .body(containsString("<h1>Halaman tidak ditemukan</h1>"))
                    .body(not(containsString("Exception")));
        }
        given().queryParam("size", 500).when().get("/cari").then()
                .statusCode(400)
                .body(containsString("<h1>Permintaan tidak valid</h1>"));
    }

    @Test
    void pagesKeptAsHtmlShowEachVisitorTheirOwnHeaderAndLanguage() {
        String slug = productSlugs(given().when().get("/").asString()).get(0);
        FormClient signedIn = new FormClient();
        assertEquals(303, signedIn.login(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD).statusCode());
        for (String path : List.of("/", "/produk/" + slug, "/kategori/kuliner", "/cari?q=kopi&sort=newest")) {
            String anonymous = given().when().get(path).then().statusCode(200).extract().asString();
            assertTrue(anonymous.contains("class=\"sell\" href=\"/daftar\""), path);
            assertEquals(anonymous, given().when().get(path).asString(), path + ": the kept page is the same page");

            String own = signedIn.get(path).then().statusCode(200).extract().asString();
            assertFalse(own.contains("class=\"sell\" href=\"/daftar\""), path + ": a session is not offered to register");
            String english = given().header("Accept-Language", "en").when().get(path).asString();
            assertTrue(english.contains("<html lang=\"en\">"), path);
            assertTrue(given().when().get(path).asString().contains("<html lang=\"id\">"), path);
            assertTrue(given().when().get(path).asString().contains("class=\"sell\" href=\"/daftar\""),
                    path + ": the session's page was not kept for others");
        }
    }

    @Test
    void aKeptListingOrResultsPageShowsAChangedProductAsSoonAsTheIndexHasIt() throws Exception {
        searchTesting.awaitIndexed();
        String listing = "/kategori/kuliner?sort=newest";
        String results = "/cari?q=rendang+halaman+tersimpan";
        given().when().get(listing).asString();
        given().when().get(results).asString();

        Listed product = listings.published("Rendang Halaman Tersimpan", "Dibuat untuk pengujian halaman.", 55_000L,
                "porsi", "kuliner");
        searchTesting.awaitDrained();
        assertEquals(product.slug(), productSlugs(given().when().get(listing).asString()).get(0));
        assertEquals(product.slug(), productSlugs(given().when().get(results).asString()).get(0));

        listings.edited(product, "Rendang Halaman Berubah", "Berubah.", 60_000L, "porsi");
        searchTesting.awaitDrained();
        assertTrue(given().when().get(listing).asString().contains("Rendang Halaman Berubah"));
        listings.archived(product);
        searchTesting.awaitDrained();
        assertFalse(productSlugs(given().when().get(listing).asString()).contains(product.slug()));
        assertFalse(productSlugs(given().when().get(results).asString()).contains(product.slug()));
    }

    @Test
    void englishIsChosenWithLangAndRememberedInACookie() {
        Response chosen = given().queryParam("lang", "en").when().get("/");
        chosen.then().statusCode(200)
                .header("Set-Cookie", startsWith("etalase-lang=en"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Newest products"));
        given().cookie("etalase-lang", "en").when().get("/produk/tidak-ada").then()
                .statusCode(404)
                .body(containsString("<h1>Page not found</h1>"));
        given().header("Accept-Language", "en-US,en;q=0.9").when().get("/").then()
                .body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "en").queryParam("lang", "id").when().get("/").then()
                .body(containsString("<html lang=\"id\">"));
    }

    @Test
    void aMemberStorefrontListsItsNewestHundredPublishedProducts() {
        String slug = (String) sql.single("select m.slug from " + PUBLIC_PRODUCTS
                + " group by m.slug order by count(*) desc, m.slug limit 1");
        List<Object> expected = sql.column("select p.slug from " + PUBLIC_PRODUCTS
                + " and m.slug = ? order by p.created_at desc, p.id desc limit 100", slug);
        String html = given().when().get("/anggota/{slug}", slug).then().statusCode(200)
                .body(containsString("href=\"/anggota/" + slug + "/kartu\""))
                .extract().asString();
        assertEquals(expected, new ArrayList<Object>(productSlugs(html)));

        // A chat with the seller from their page, naming it; and the QR code as a card to print.
        List<Object> seller = sql.row("select whatsapp, business_name from member where slug = ?", slug);
        Matcher chat = Pattern.compile("<a class=\"button whatsapp\" href=\"(https://wa.me/" + seller.get(0)
                + "\\?text=[^\"]+)\"").matcher(html);
        assertTrue(chat.find(), html);
        String text = java.net.URLDecoder.decode(chat.group(1).substring(chat.group(1).indexOf("text=") + 5)
                .replace("&amp;", "&"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Halo " + seller.get(1) + ", saya melihat toko Anda di Etalase"), text);
        assertTrue(text.contains("http://localhost:8080/anggota/" + slug), text);
        String card = given().when().get("/anggota/{slug}/kartu", slug).then().statusCode(200).extract().asString();
        assertTrue(card.contains("<h1>" + seller.get(1).toString().replace("&", "&amp;") + "</h1>"), card);
        assertTrue(card.contains("src=\"/anggota/" + slug + "/qr.png\""), "the code");
        assertTrue(card.contains("<p class=\"shop-card-brand\">") && card.contains("Etalase</p>"), "the brand");
        assertTrue(card.contains("http://localhost:8080/anggota/" + slug + "</p>"), "the address to type");
        given().when().get("/anggota/tidak-ada/kartu").then().statusCode(404);
    }

    @Test
    void theSitemapListsEveryPublicProductAndRobotsPointAtIt() {
        given().when().get("/sitemap.xml").then()
                .statusCode(200)
                .body(containsString("<loc>http://localhost:8080/sitemap/products-1.xml</loc>"))
                .body(not(containsString("products-2.xml")));
        String products = given().when().get("/sitemap/products-1.xml").then().statusCode(200)
                .extract().asString();
        Set<String> listed = new HashSet<>();
        Matcher matcher = Pattern.compile("<loc>http://localhost:8080/produk/([a-z0-9-]+)</loc>").matcher(products);
        while (matcher.find()) {
            listed.add(matcher.group(1));
        }
        assertEquals(sql.count("select count(*) from " + PUBLIC_PRODUCTS), listed.size());
        given().when().get("/sitemap/products-2.xml").then().statusCode(404);
        given().when().get("/sitemap/members.xml").then().statusCode(200)
                .body(containsString("<loc>http://localhost:8080/anggota/"));
        given().when().get("/robots.txt").then().statusCode(200)
                .body(containsString("Disallow: /api/"))
                .body(containsString("Sitemap: http://localhost:8080/sitemap.xml"));
    }

    @Test
    void pagesAreCompressedAndStaticFilesCachedForAYear() {
        given().header("Accept-Encoding", "gzip").when().get("/").then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
        String html = given().when().get("/").asString();
        Matcher css = Pattern.compile("href=\"(/css/etalase.css\\?v=[0-9a-f]{10})\"").matcher(html);
        assertTrue(css.find(), "the stylesheet carries a fingerprint");
        given().when().get(css.group(1)).then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=31536000"));
    }
}

package id.etalase.enquiry;

import id.etalase.common.Sql;
import id.etalase.testing.Listings;
import id.etalase.web.TestMembers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EnquiryResourceTest {

    static final String ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

    @Inject
    Sql sql;

    @Inject
    Listings listings;

    @Inject
    TestMembers testMembers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void redirectsToTheSellersChatNamingTheProductItsPriceAndItsPage() {
        DemoProduct product = DemoProduct.withPrice(sql);
        assertTrue(product.whatsapp().matches("628\\d{7,12}"), product.whatsapp());
        String location = click(product, "203.0.113.1", "location-test/1")
                .then().statusCode(303)
                .header("Cache-Control", "no-store")
                .extract().header("Location");
        assertTrue(location.startsWith("https://wa.me/" + product.whatsapp() + "?text="), location);
        assertFalse(encodedText(location).contains("+") || encodedText(location).contains(" "), location);
        assertEquals("Halo " + product.seller() + ", saya tertarik dengan " + product.name() + " ("
                + rupiah(product.price()) + ") di Etalase: " + product.pageUrl() + ". Apakah masih tersedia?",
                text(location));
    }

    @Test
    void aProductWithoutAPriceIsHargaNego() {
        DemoProduct product = DemoProduct.negotiable(sql);
        String location = click(product, "203.0.113.2", "location-test/2")
                .then().statusCode(303).extract().header("Location");
        assertTrue(location.startsWith("https://wa.me/" + product.whatsapp() + "?text="), location);
        assertEquals("Halo " + product.seller() + ", saya tertarik dengan " + product.name()
                + " (harga nego) di Etalase: " + product.pageUrl() + ". Apakah masih tersedia?", text(location));
    }

    @Test
    void theTextIsEnglishWhenTheShopperChoseEnglish() {
        DemoProduct priced = DemoProduct.withPrice(sql);
        String english = "Hello " + priced.seller() + ", I am interested in " + priced.name() + " ("
                + rupiah(priced.price()) + ") on Etalase: " + priced.pageUrl() + ". Is it still available?";
        String byParameter = client("203.0.113.3", "language-test/1").queryParam("lang", "en")
                .when().get("/produk/{slug}/whatsapp", priced.slug())
                .then().statusCode(303).extract().header("Location");
        assertEquals(english, text(byParameter));
        String byCookie = client("203.0.113.3", "language-test/1").cookie("etalase-lang", "en")
                .when().get("/produk/{slug}/whatsapp", priced.slug())
                .then().statusCode(303).extract().header("Location");
        assertEquals(english, text(byCookie));

        DemoProduct negotiable = DemoProduct.negotiable(sql);
        String nego = client("203.0.113.3", "language-test/1").queryParam("lang", "en")
                .when().get("/produk/{slug}/whatsapp", negotiable.slug())
                .then().statusCode(303).extract().header("Location");
        assertTrue(text(nego).contains(" (negotiable) on Etalase: " + negotiable.pageUrl()), text(nego));
    }

    @Test
    void aPhoneSetToEnglishStillSendsTheSellerIndonesian() {
        DemoProduct product = DemoProduct.withPrice(sql);
        String location = client("203.0.113.4", "language-test/2").header("Accept-Language", "en-US,en;q=0.9")
                .when().get("/produk/{slug}/whatsapp", product.slug())
                .then().statusCode(303).extract().header("Location");
        assertTrue(text(location).startsWith("Halo " + product.seller() + ", saya tertarik"), location);
    }

    @Test
    void anEnquiryIsRecordedWithTheSellerTheSourcePageAndASaltedHashNeverTheAddress() throws Exception {
        DemoProduct product = DemoProduct.created(listings, testMembers, sql);
        String ip = "198.51.100.10";
        String agent = ANDROID_CHROME + " counting-test/1";
        long before = enquiries(product);
        client(ip, agent).header("Referer", "http://localhost:8081/kategori/kuliner?page=2")
                .when().get("/produk/{slug}/whatsapp", product.slug())
                .then().statusCode(303);
        assertEquals(before + 1, enquiries(product));

        long id = ((Number) sql.single("select max(id) from enquiry where product_id = ?", product.id())).longValue();
        String hash = (String) sql.single("select client_hash from enquiry where id = ?", id);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertNotEquals(sha256(ip + "\n" + agent), hash, "keyed");
        assertNotEquals(sha256("127.0.0.1\n" + agent), hash, "keyed");
        assertNotEquals(sha256(salt() + "\n127.0.0.1\n" + agent), hash, "keyed by the day, not only the salt");
        assertEquals("/kategori/kuliner", sql.single("select source_page from enquiry where id = ?", id),
                "the page without its query");
        assertEquals(product.memberId(), ((Number) sql.single("select member_id from enquiry where id = ?", id))
                .longValue());
        assertEquals(0, sql.count("select count(*) from enquiry where client_hash like ? or source_page like ?",
                "%198.51.100%", "%198.51.100%"));
    }

    @Test
    void repeatedClicksWithinTheWindowCountOnceAndAgainAfterIt() {
        DemoProduct product = DemoProduct.created(listings, testMembers, sql);
        String ip = "198.51.100.11";
        String agent = ANDROID_CHROME + " counting-test/2";
        long before = enquiries(product);
        for (int i = 0; i < 3; i++) {
            click(product, ip, agent).then().statusCode(303)
                    .header("Location", equalTo(expectedIndonesianLink(product)));
        }
        assertEquals(before + 1, enquiries(product), "three clicks in a row are one enquiry");

        click(product, ip, agent + " other-browser").then().statusCode(303);
        assertEquals(before + 2, enquiries(product), "another browser is another client");

        // 31 minutes later (the default window is 30 minutes)
        sql.update("update enquiry set created_at = created_at - interval 31 minute where product_id = ?",
                product.id());
        click(product, ip, agent).then().statusCode(303);
        assertEquals(before + 3, enquiries(product));
    }

    @Test
    void forgedForwardingHeadersFromAnUntrustedPeerCountOnce() {
        DemoProduct product = DemoProduct.created(listings, testMembers, sql);
        String agent = ANDROID_CHROME + " forging-test/1";
        long before = enquiries(product);
        for (int i = 1; i <= 20; i++) {
            click(product, "203.0.113." + i, agent).then().statusCode(303);
        }
        assertEquals(before + 1, enquiries(product), "twenty made-up X-Forwarded-For addresses are one client");

        // A forged X-Forwarded-Host does not make another site's page look like this portal's.
        client("203.0.113.50", ANDROID_CHROME + " forging-test/2").header("X-Forwarded-Host", "evil.example")
                .header("Referer", "https://evil.example/promo")
                .when().get("/produk/{slug}/whatsapp", product.slug()).then().statusCode(303);
        assertNull(sql.single("select source_page from enquiry where product_id = ? order by id desc limit 1",
                product.id()));
    }

    @Test
    void aLinkLoadedIntoAnotherSitesPageIsNotAnEnquiry() {
        DemoProduct product = DemoProduct.created(listings, testMembers, sql);
        long before = enquiries(product);
        // <img src=".../whatsapp"> on some other site: the browser says it is loading an image.
        client("203.0.113.60", ANDROID_CHROME + " embed-test/1").header("Sec-Fetch-Mode", "no-cors")
                .header("Sec-Fetch-Dest", "image").header("Sec-Fetch-Site", "cross-site")
                .when().get("/produk/{slug}/whatsapp", product.slug()).then().statusCode(303);
        client("203.0.113.60", ANDROID_CHROME + " embed-test/1").header("Sec-Fetch-Mode", "cors")
                .header("Sec-Fetch-Dest", "empty")
                .when().get("/produk/{slug}/whatsapp", product.slug()).then().statusCode(303);
        assertEquals(before, enquiries(product));
        // The tap on "Pesan via WhatsApp" itself is a navigation.
        client("203.0.113.60", ANDROID_CHROME + " embed-test/1").header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Dest", "document").header("Sec-Fetch-Site", "same-origin")
                .when().get("/produk/{slug}/whatsapp", product.slug()).then().statusCode(303);
        assertEquals(before + 1, enquiries(product));
    }

    @Test
    void theFromParameterNamesTheSourcePageAndOtherSitesAreNotKept() {
        DemoProduct product = DemoProduct.created(listings, testMembers, sql);
        long lastBefore = sql.count("select coalesce(max(id), 0) from enquiry");
        client("198.51.100.13", "source-test/1").queryParam("from", "/cari?q=keripik pisang")
                .header("Referer", "http://localhost:8081/kategori/kuliner")
                .when().get("/produk/{slug}/whatsapp", product.slug()).then().statusCode(303);
        client("198.51.100.14", "source-test/2")
                .header("Referer", "https://l.facebook.com/l.php?u=x&h=secret")
                .when().get("/produk/{slug}/whatsapp", product.slug()).then().statusCode(303);
        List<Object> sources = sql.column("select source_page from enquiry where product_id = ? and id > ?"
                + " order by id", product.id(), lastBefore);
        assertEquals(2, sources.size(), sources::toString);
        assertEquals("/cari", sources.get(0), "the search words are not kept");
        assertNull(sources.get(1));
    }

    @Test
    void botsAndLinkPreviewsAreRedirectedButNotCounted() {
        DemoProduct product = DemoProduct.created(listings, testMembers, sql);
        long before = enquiries(product);
        for (String bot : List.of("facebookexternalhit/1.1", "WhatsApp/2.23",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")) {
            click(product, "198.51.100.15", bot).then().statusCode(303)
                    .header("Location", equalTo(expectedIndonesianLink(product)));
        }
        given().redirects().follow(false).header("X-Forwarded-For", "198.51.100.16").header("Sec-Purpose", "prefetch")
                .header("User-Agent", ANDROID_CHROME)
                .when().get("/produk/{slug}/whatsapp", product.slug()).then().statusCode(303);
        assertEquals(before, enquiries(product));
        click(product, "198.51.100.15", "curl/8.5.0").then().statusCode(303);
        assertEquals(before + 1, enquiries(product), "curl is not a bot");
    }

    @Test
    void simultaneousClicksFromOneClientCountOnce() throws Exception {
        DemoProduct product = DemoProduct.created(listings, testMembers, sql);
        long before = enquiries(product);
        int clicks = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < clicks; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return click(product, "198.51.100.17", ANDROID_CHROME + " burst-test").statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertEquals(303, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, enquiries(product));
    }

    @Test
    void unknownOrUnpublishedProductsAreNotFoundAndNothingIsCounted() {
        long before = sql.count("select count(*) from enquiry");
        String draft = (String) sql.single("select slug from product where status = 'draft' order by id limit 1");
        String archived = (String) sql.single("select slug from product where status = 'archived' order by id limit 1");
        for (String slug : List.of("tidak-ada-produk-ini", draft, archived)) {
            // Outside /api the one error mapper answers with the portal's Indonesian error page.
            client("198.51.100.18", "not-found-test").when().get("/produk/{slug}/whatsapp", slug).then()
                    .statusCode(404)
                    .header("Location", nullValue())
                    .contentType(startsWith("text/html"))
                    .body(containsString("Halaman tidak ditemukan"));
        }
        assertEquals(before, sql.count("select count(*) from enquiry"));
    }

    private RequestSpecification client(String ip, String userAgent) {
        return given().redirects().follow(false).header("X-Forwarded-For", ip).header("User-Agent", userAgent);
    }

    private io.restassured.response.Response click(DemoProduct product, String ip, String userAgent) {
        return client(ip, userAgent).when().get("/produk/{slug}/whatsapp", product.slug());
    }

    private long enquiries(DemoProduct product) {
        return sql.count("select count(*) from enquiry where product_id = ?", product.id());
    }

    private static String expectedIndonesianLink(DemoProduct product) {
        String text = "Halo " + product.seller() + ", saya tertarik dengan " + product.name() + " ("
                + rupiah(product.price()) + ") di Etalase: " + product.pageUrl() + ". Apakah masih tersedia?";
        return "https://wa.me/" + product.whatsapp() + "?text="
                + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Worked out apart from the app's Rupiah: Indonesian digit grouping uses dots. */
    static String rupiah(long price) {
        return String.format(Locale.forLanguageTag("id-ID"), "Rp%,d", price);
    }

    static String encodedText(String location) {
        return location.substring(location.indexOf("?text=") + "?text=".length());
    }

    static String text(String location) {
        return URLDecoder.decode(encodedText(location), StandardCharsets.UTF_8);
    }

    static String salt() {
        return ConfigProvider.getConfig().getValue("etalase.enquiry.salt", String.class);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

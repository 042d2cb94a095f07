package id.etalase.web;

import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static id.etalase.account.TestAccounts.newPhone;
import static id.etalase.account.TestAccounts.stored;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each limited endpoint answers 429 with Retry-After once a client has used its limit (small ones here), in words
 * for pages and as problem+json for the API, while other clients go on. Each test is its own client: the app trusts
 * loopback as its proxy here, so X-Forwarded-For names the client.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("etalase.rate-limit.enabled", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1",
                    "etalase.rate-limit.limits.search.requests", "3",
                    "etalase.rate-limit.limits.suggest.requests", "4",
                    "etalase.rate-limit.limits.enquiry.requests", "2",
                    "etalase.rate-limit.limits.registration.requests", "2",
                    "etalase.rate-limit.limits.writes.requests", "3");
        }
    }

    static final String PHONE_BROWSER = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    private static Response get(String client, String path) {
        return given().header("X-Forwarded-For", client).header("User-Agent", PHONE_BROWSER).redirects().follow(false)
                .get(path);
    }

    @Test
    void searchPagesAndTheSearchApiShareOneLimitPerClient() {
        String client = "198.51.100.10";
        assertEquals(200, get(client, "/cari?q=kopi").statusCode());
        assertEquals(200, get(client, "/kategori/kuliner").statusCode());
        assertEquals(200, get(client, "/api/v1/search?q=kopi").statusCode());

        Response page = get(client, "/cari?q=keripik");
        assertEquals(429, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.asString().contains("Terlalu banyak permintaan"), page.asString());
        assertTrue(page.asString().contains("Tunggu"), page.asString());
        int wait = Integer.parseInt(page.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 60, "a token comes back within the minute: " + wait);

        given().header("X-Forwarded-For", client).header("Accept-Language", "en").get("/api/v1/search?q=kopi").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("status", equalTo(429))
                .body("title", equalTo("Too many requests"))
                .body("detail", containsString("Wait"));
        given().header("X-Forwarded-For", client).get("/api/v1/products?sector=kuliner").then().statusCode(429);

        // Another shopper, and pages that are not searches, are not touched.
        assertEquals(200, get("198.51.100.11", "/cari?q=keripik").statusCode());
        assertEquals(200, get(client, "/").statusCode());
        assertEquals(200, get(client, "/api/v1/sectors").statusCode());
    }

    @Test
    void suggestHasItsOwnLimit() {
        String client = "198.51.100.20";
        for (int i = 0; i < 4; i++) {
            assertEquals(200, get(client, "/api/v1/suggest?q=kop").statusCode());
        }
        given().header("X-Forwarded-For", client).get("/api/v1/suggest?q=kop").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("title", equalTo("Terlalu banyak permintaan"));
        assertEquals(200, get(client, "/cari?q=kopi").statusCode(), "search counts apart from suggest");
    }

    @Test
    void anIPv6ClientIsItsWholeSlash64() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(200, get("2001:db8:1:2::" + i, "/api/v1/suggest?q=kop").statusCode());
        }
        assertEquals(429, get("2001:db8:1:2::ff", "/api/v1/suggest?q=kop").statusCode());
        assertEquals(200, get("2001:db8:1:3::1", "/api/v1/suggest?q=kop").statusCode());
    }

    @Test
    void enquiryRedirectsAreLimitedAndTheRefusedOneIsNotCounted() {
        String client = "198.51.100.30";
        String slug = (String) sql.single("select p.slug from " + Sql.PUBLIC_PRODUCTS + " order by p.id limit 1");
        long before = sql.count("select count(*) from enquiry e join product p on p.id = e.product_id where p.slug = ?",
                slug);
        assertEquals(303, get(client, "/produk/" + slug + "/whatsapp").statusCode());
        assertEquals(303, get(client, "/produk/" + slug + "/whatsapp").statusCode());
        Response refused = get(client, "/produk/" + slug + "/whatsapp");
        assertEquals(429, refused.statusCode());
        assertTrue(refused.asString().contains("Terlalu banyak permintaan"));
        long after = sql.count("select count(*) from enquiry e join product p on p.id = e.product_id where p.slug = ?",
                slug);
        assertEquals(before + 1, after, "one counted enquiry (the repeat is deduplicated), none for the refusal");
    }

    @Test
    void registrationsAreLimitedAndTheRefusedOneCreatesNothing() {
        FormClient browser = new FormClient();
        String first = newPhone();
        String second = newPhone();
        String third = newPhone();
        assertEquals(303, browser.submit("/daftar", "/daftar", AccountPagesTest.registration("Batas Satu", first))
                .statusCode());
        assertEquals(303, new FormClient().submit("/daftar", "/daftar",
                AccountPagesTest.registration("Batas Dua", second)).statusCode());
        Response refused = new FormClient().submit("/daftar", "/daftar",
                AccountPagesTest.registration("Batas Tiga", third));
        assertEquals(429, refused.statusCode());
        assertTrue(refused.asString().contains("Terlalu banyak permintaan"), refused.asString());
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 60, "registrations come back over the hour");
        assertEquals(2, sql.count("select count(*) from account where phone in (?, ?, ?)", stored(first),
                stored(second), stored(third)));
    }

    /**
     * A member's writes are counted per account, wherever they come from: a script with one member's password gets
     * 429 with Retry-After after a few creates, on a new address too, while another member behind the same address
     * goes on.
     */
    @Test
    void aMembersListingWritesAreLimitedPerAccountOnAnyAddress() {
        TestMembers.Owner owner = testMembers.registered("Tulis Cepat Uji", new FormClient().forwardedFor("198.51.100.30"));
        TestMembers.Owner neighbour = testMembers.registered("Tetangga Tulis Uji",
                new FormClient().forwardedFor("198.51.100.31"));
        for (int i = 0; i < 3; i++) {
            MemberCapsTest.as(owner).header("X-Forwarded-For", "198.51.100." + (40 + i))
                    .body(Map.of("name", "Tulis Cepat " + i, "sector", "kuliner"))
                    .when().post("/api/v1/me/products").then().statusCode(201);
        }
        MemberCapsTest.as(owner).header("X-Forwarded-For", "198.51.100.49")
                .body(Map.of("name", "Tulis Cepat 3", "sector", "kuliner"))
                .when().post("/api/v1/me/products").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        Response form = owner.browser().request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", owner.browser().token("/akun/produk/baru"))
                .formParam("name", "Tulis Form").formParam("sector", "kuliner").post("/akun/produk/simpan");
        assertEquals(429, form.statusCode());
        assertTrue(form.asString().contains("Terlalu banyak permintaan"), form.asString());
        assertEquals(3, sql.count("select count(*) from product where member_id = ?", owner.memberId()));

        MemberCapsTest.as(neighbour).header("X-Forwarded-For", "198.51.100.49")
                .body(Map.of("name", "Tetangga Tulis", "sector", "kuliner"))
                .when().post("/api/v1/me/products").then().statusCode(201);
    }
}

package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import id.etalase.enquiry.TrustedProxyProfile;
import id.etalase.search.SearchTesting;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Laporkan": a shopper reports a product through its own form page, throttled per (hashed) client; the admins'
 * queue groups the open reports by product, and each of its three decisions changes what it should and is audited.
 * Each test is a client of its own: the client is its address (its /64 for IPv6), which the tests, playing a trusted
 * proxy, name in X-Forwarded-For; the User-Agent does not make another client.
 */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
class ProductReportPagesTest {

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    @Inject
    SearchTesting search;


    private static final AtomicInteger CLIENTS = new AtomicInteger(new Random().nextInt(1 << 20));

    /** An address no other test (nor, most likely, an earlier run on the same database) sends from. */
    static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    /** Letters only, so that search matches the whole word. */
    static String unique() {
        StringBuilder word = new StringBuilder();
        for (char digit : Long.toString(System.nanoTime()).toCharArray()) {
            word.append((char) ('a' + digit - '0'));
        }
        return word.toString();
    }

    /** Sends the form as a browser at this address would, with the token of the form's page. */
    static Response report(String client, String slug, Map<String, String> fields) {
        return report(client, "LaporUji/" + System.nanoTime(), slug, fields);
    }

    static Response report(String client, String userAgent, String slug, Map<String, String> fields) {
        FormClient browser = new FormClient();
        String token = browser.token("/laporkan?produk=" + slug);
        RequestSpecification request = browser.request().header("X-Forwarded-For", client)
                .header("User-Agent", userAgent)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("produk", slug);
        fields.forEach(request::formParam);
        return request.post("/laporkan");
    }

    record Listed(long id, String slug, String name, TestMembers.Owner owner) {
    }

    /** A product its member lists and an admin publishes (so that search holds it). */
    Listed published(String name) {
        TestMembers.Owner owner = testMembers.approved("Toko " + name);
        Response saved = owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing(name, "20000"));
        assertEquals(303, saved.statusCode(), saved.asString());
        long id = ((Number) sql.single("select id from product where name = ?", name)).longValue();
        assertEquals(303, AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/produk/setujui", id, Map.of())
                .statusCode());
        return new Listed(id, (String) sql.single("select slug from product where id = ?", id), name, owner);
    }

    long reports(long product) {
        return sql.count("select count(*) from product_report where product_id = ?", product);
    }

    @Test
    void aShopperReportsAProductAndOnlyAHashOfTheClientIsKept() {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id desc limit 1");
        long product = ((Number) sql.single("select id from product where slug = ?", slug)).longValue();
        sql.update("delete from product_report where product_id = ?", product);
        Response page = given().when().get("/produk/{slug}", slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("href=\"/laporkan?produk=" + slug + "\""), "the product page links it");
        assertNull(page.getHeader("Set-Cookie"), "the product page stays cacheable");
        given().when().get("/laporkan?produk={slug}", slug).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Informasi salah")).body(containsString("Barang terlarang"))
                .body(containsString("Penipuan")).body(containsString("name=\"csrf-token\""));
        given().when().get("/laporkan?produk={slug}&lang=en", slug).then().statusCode(200)
                .body(containsString("Wrong information")).body(containsString("Prohibited item"));

        String client = newClient();
        Response sent = report(client, slug, Map.of("reason", "fraud", "details", "Minta transfer dulu lalu hilang."));
        assertEquals(303, sent.statusCode(), sent.asString());
        assertEquals("/laporkan/terima-kasih?produk=" + slug, java.net.URI.create(sent.getHeader("Location"))
                .getRawPath() + "?" + java.net.URI.create(sent.getHeader("Location")).getRawQuery());
        given().when().get(sent.getHeader("Location")).then().statusCode(200)
                .body(containsString("Terima kasih")).body(containsString("href=\"/produk/" + slug + "\""));

        List<Object> row = sql.row("select reason, details, status, client_hash from product_report"
                + " where product_id = ?", product);
        assertEquals(List.of("fraud", "Minta transfer dulu lalu hilang.", "open"), row.subList(0, 3));
        String hash = (String) row.get(3);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        List<Object> columns = sql.column("select column_name from information_schema.columns"
                + " where table_schema = database() and table_name = 'product_report'");
        assertFalse(columns.stream().map(String::valueOf).anyMatch(c -> c.contains("ip") || c.contains("addr")
                || c.contains("agent")), "no address or User-Agent column: " + columns);

        // The same client on the same product the same day is thanked, and counted once.
        assertEquals(303, report(client, slug, Map.of("reason", "spam")).statusCode());
        assertEquals(1, reports(product));
        sql.update("delete from product_report where product_id = ?", product);
    }

    @Test
    void aBadReportComesBackWithTheMessageBesideTheFieldAndStoresNothing() {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 1");
        long product = ((Number) sql.single("select id from product where slug = ?", slug)).longValue();
        long before = reports(product);
        String client = newClient();

        Response noReason = report(client, slug, Map.of("details", "Tanpa alasan <b>tebal</b>"));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("id=\"reason-error\">Pilih salah satu alasan."), noReason.asString());
        assertTrue(noReason.asString().contains("Tanpa alasan &lt;b&gt;tebal&lt;/b&gt;</textarea>"), "kept as typed");

        Response unknownReason = report(client, slug, Map.of("reason", "bohong"));
        assertEquals(400, unknownReason.statusCode());
        assertTrue(unknownReason.asString().contains("Pilih salah satu alasan."));

        Response tooLong = report(client, slug, Map.of("reason", "other", "details", "x".repeat(1001)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.asString().contains("id=\"details-error\">Keterangan paling banyak 1000 karakter."));
        assertTrue(tooLong.asString().contains("value=\"other\" checked"), "the chosen reason stays chosen");

        Response control = report(client, slug, Map.of("reason", "other", "details", "Penipuan\u0000\u0007 di sini"));
        assertEquals(400, control.statusCode());
        assertTrue(control.asString().contains("id=\"details-error\">Ada karakter kontrol yang tidak terlihat"),
                control.asString());
        assertEquals(before, reports(product));

        given().when().get("/laporkan?produk=tidak-ada-produk-ini").then().statusCode(404);
        given().when().get("/laporkan").then().statusCode(404);
        FormClient browser = new FormClient();
        String token = browser.token("/laporkan?produk=" + slug);
        browser.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("produk", "tidak-ada-produk-ini").formParam("reason", "spam").post("/laporkan").then()
                .statusCode(404);
        assertEquals(before, reports(product));
    }

    @Test
    void aClientSendsAHandfulOfReportsAnHourThenWaits() {
        List<Object> slugs = sql.column("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 7");
        String client = newClient();
        for (int i = 0; i < 5; i++) {
            Response sent = report(client, (String) slugs.get(i), Map.of("reason", "spam"));
            assertEquals(303, sent.statusCode(), "report " + (i + 1));
        }
        String hash = (String) sql.single("select client_hash from product_report p join product x"
                + " on x.id = p.product_id where x.slug = ? order by p.id desc limit 1", slugs.get(0));
        assertEquals(5, sql.count("select count(*) from product_report where client_hash = ?", hash));

        Response throttled = report(client, (String) slugs.get(5), Map.of("reason", "spam", "details", "lagi"));
        assertEquals(429, throttled.statusCode());
        long retryAfter = Long.parseLong(throttled.getHeader("Retry-After"));
        assertTrue(retryAfter > 3000 && retryAfter <= 3600, "about an hour: " + retryAfter);
        assertTrue(throttled.asString().contains("Terlalu banyak laporan dari perangkat ini."
                + " Coba lagi dalam 60 menit."), throttled.asString());
        assertEquals(5, sql.count("select count(*) from product_report where client_hash = ?", hash));

        // Another client is not held back by this one.
        String other = newClient();
        assertEquals(303, report(other, (String) slugs.get(6), Map.of("reason", "other")).statusCode());
        sql.update("delete from product_report where client_hash = ?", hash);
        sql.update("delete from product_report where product_id = (select id from product where slug = ?)"
                + " and reason = 'other' and created_at > now() - interval 1 hour", slugs.get(6));
    }

    @Test
    void aNewUserAgentOrAnotherAddressInTheSameIpv6NetworkIsTheSameClient() {
        List<Object> slugs = sql.column("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 7");
        String network = "2001:db8:" + Integer.toHexString(CLIENTS.incrementAndGet() & 0xffff) + ":"
                + Integer.toHexString(new Random().nextInt(0xffff)) + ":";
        for (int i = 0; i < 5; i++) {
            // Each report from another address in the /64, each with a browser never seen before.
            Response sent = report(network + ":" + (i + 1), "Browser/" + i + "." + System.nanoTime(),
                    (String) slugs.get(i), Map.of("reason", "spam"));
            assertEquals(303, sent.statusCode(), "report " + (i + 1));
        }
        String hash = (String) sql.single("select client_hash from product_report p join product x"
                + " on x.id = p.product_id where x.slug = ? order by p.id desc limit 1", slugs.get(0));
        assertEquals(5, sql.count("select count(*) from product_report where client_hash = ?", hash),
                "one client, whatever its User-Agent and address within the /64");

        Response throttled = report(network + "abcd::1", "AnotherBrowser/" + System.nanoTime(),
                (String) slugs.get(5), Map.of("reason", "spam"));
        assertEquals(429, throttled.statusCode(), throttled.asString());
        assertEquals(5, sql.count("select count(*) from product_report where client_hash = ?", hash));
        assertEquals(303, report(newClient(), (String) slugs.get(5), Map.of("reason", "spam")).statusCode(),
                "another address is another client");
        sql.update("delete from product_report where client_hash = ?", hash);
        sql.update("delete from product_report where product_id = (select id from product where slug = ?)"
                + " and reason = 'spam' and created_at > now() - interval 1 hour", slugs.get(5));
    }

    @Test
    void theQueueGroupsReportsByProductAndHidingTakesTheProductOffTheSite() throws Exception {
        search.awaitElasticsearchAnswering();
        String word = unique();
        Listed listed = published("Sambal Lapor " + word);
        assertEquals(303, report(newClient(), listed.slug(), Map.of("reason", "fraud", "details", "Uang tidak kembali"))
                .statusCode());
        assertEquals(303, report(newClient(), listed.slug(), Map.of("reason", "fraud")).statusCode());
        assertEquals(303, report(newClient(), listed.slug(), Map.of("reason", "wrong_info", "details",
                "Harga <i>beda</i>")).statusCode());
        search.awaitIndexed();
        given().queryParam("q", "lapor " + word).when().get("/api/v1/search").then()
                .body("items.slug", hasItem(listed.slug()));

        FormClient admin = AdminPagesTest.admin();
        String queue = admin.get("/admin/aduan").then().statusCode(200).extract().asString();
        int item = queue.indexOf("id=\"aduan-" + listed.id() + "\"");
        assertTrue(item > 0, "the product is queued");
        String entry = queue.substring(item, queue.indexOf("</form>", item));
        assertTrue(entry.contains("3 laporan"), entry);
        assertTrue(entry.contains("Penipuan: 2"), entry);
        assertTrue(entry.contains("Informasi salah: 1"), entry);
        assertTrue(entry.contains("Uang tidak kembali") && entry.contains("Harga &lt;i&gt;beda&lt;/i&gt;"), entry);
        assertTrue(entry.indexOf("Harga &lt;i&gt;beda") < entry.indexOf("Uang tidak kembali"), "newest first");
        assertTrue(queue.contains("href=\"/admin/aduan\""), "in the admin menu");
        ApiAdmin.get().when().get("/api/v1/admin/reports").then().statusCode(200)
                .body("find { it.productId == " + listed.id() + " }.count", equalTo(3))
                .body("find { it.productId == " + listed.id() + " }.reasons[0].reason", equalTo("fraud"));

        // Hiding needs a reason the member reads; without one nothing changes.
        Response noReason = admin.submit("/admin/aduan", "/admin/aduan/putuskan", Map.of("id",
                String.valueOf(listed.id()), "aksi", "sembunyikan", "reason", " "));
        assertEquals(303, noReason.statusCode());
        assertTrue(noReason.getHeader("Location").contains("galat=alasan"));
        assertEquals("published", sql.single("select status from product where id = ?", listed.id()));

        Response hidden = admin.submit("/admin/aduan", "/admin/aduan/putuskan", Map.of("id",
                String.valueOf(listed.id()), "aksi", "sembunyikan", "reason", "Laporan penipuan terbukti."));
        assertEquals(303, hidden.statusCode());
        assertEquals(List.of("rejected", "Laporan penipuan terbukti."), sql.row("select status, review_note"
                + " from product where id = ?", listed.id()));
        assertEquals(List.of("hidden"), sql.column("select distinct status from product_report where product_id = ?",
                listed.id()));
        given().when().get("/produk/{slug}", listed.slug()).then().statusCode(404);
        given().when().get("/laporkan?produk={slug}", listed.slug()).then().statusCode(404);
        given().queryParam("member", listed.owner().slug()).when().get("/api/v1/products").then()
                .body("items.slug", not(hasItem(listed.slug())));
        search.awaitIndexed();
        given().queryParam("q", "lapor " + word).when().get("/api/v1/search").then()
                .body("items.slug", not(hasItem(listed.slug())));
        listed.owner().browser().get("/akun").then().body(containsString("Laporan penipuan terbukti."));
        assertEquals(List.of("report.hide", "status=published", "status=rejected, reports=3",
                "Laporan penipuan terbukti."), sql.row("select action, before_state, after_state, note from audit_log"
                + " where subject_type = 'product' and subject_id = ? order by id desc limit 1", listed.id()));
        assertFalse(admin.get("/admin/aduan").asString().contains("id=\"aduan-" + listed.id() + "\""), "resolved");
        admin.get("/admin/audit").then().body(containsString("menyembunyikan produk yang dilaporkan"));

        // A second decision on the same reports (from a page opened before, say) comes too late.
        Response again = admin.submit("/admin/anggota", "/admin/aduan/putuskan", Map.of("id",
                String.valueOf(listed.id()), "aksi", "abaikan"));
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("sudah diputuskan"), again.asString());
        assertEquals(1, sql.count("select count(*) from audit_log where subject_type = 'product' and subject_id = ?"
                + " and action like 'report.%'", listed.id()));
    }

    @Test
    void suspendingTheMemberTakesAllItsProductsOffAndClosesTheirReports() {
        String word = unique();
        Listed listed = published("Kopi Lapor " + word);
        assertEquals(303, report(newClient(), listed.slug(), Map.of("reason", "prohibited")).statusCode());

        ApiAdmin.get().body(Map.of("reason", "Menjual barang terlarang.")).when()
                .post("/api/v1/admin/reports/{id}/suspend-member", listed.id()).then().statusCode(200)
                .body("outcome", equalTo("suspended")).body("reportsResolved", equalTo(1));
        assertEquals("suspended", sql.single("select status from member where id = ?", listed.owner().memberId()));
        assertEquals(List.of("suspended"), sql.column("select distinct status from product_report"
                + " where product_id = ?", listed.id()));
        given().when().get("/produk/{slug}", listed.slug()).then().statusCode(404);
        given().when().get("/anggota/{slug}", listed.owner().slug()).then().statusCode(404);
        assertEquals(List.of("report.suspend", "status=active", "status=suspended, reports=1"), sql.row("select"
                + " action, before_state, after_state from audit_log where subject_type = 'member' and subject_id = ?"
                + " order by id desc limit 1", listed.owner().memberId()));

        ApiAdmin.get().when().post("/api/v1/admin/reports/{id}/dismiss", listed.id()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("sudah diputuskan"));
        ApiAdmin.get().when().get("/api/v1/admin/reports").then().statusCode(200)
                .body("productId", not(hasItem((int) listed.id())));
    }

    @Test
    void dismissingLeavesTheProductLive() {
        Listed listed = published("Keripik Lapor " + unique());
        assertEquals(303, report(newClient(), listed.slug(), Map.of("reason", "other", "details", "Salah paham"))
                .statusCode());
        FormClient admin = AdminPagesTest.admin();
        Response dismissed = admin.submit("/admin/aduan", "/admin/aduan/putuskan", Map.of("id",
                String.valueOf(listed.id()), "aksi", "abaikan"));
        assertEquals(303, dismissed.statusCode());
        admin.get(dismissed.getHeader("Location")).then().body(containsString("Laporan diabaikan"));
        assertEquals("published", sql.single("select status from product where id = ?", listed.id()));
        assertEquals(List.of("dismissed"), sql.column("select distinct status from product_report"
                + " where product_id = ?", listed.id()));
        given().when().get("/produk/{slug}", listed.slug()).then().statusCode(200);
        assertEquals(List.of("report.dismiss", "reports=1", "reports=0"), sql.row("select action, before_state,"
                + " after_state from audit_log where subject_type = 'product' and subject_id = ?"
                + " order by id desc limit 1", listed.id()));
        assertEquals(409, admin.submit("/admin/anggota", "/admin/aduan/putuskan", Map.of("id",
                String.valueOf(listed.id()), "aksi", "sembunyikan", "reason", "terlambat")).statusCode());
        assertEquals("published", sql.single("select status from product where id = ?", listed.id()));
    }

    @Test
    void onlyAdminsSeeTheQueue() {
        new FormClient().get("/admin/aduan").then().statusCode(303).header("Location", containsString("/masuk"));
        TestMembers.Owner member = testMembers.approved("Bukan Admin Aduan " + unique());
        member.browser().get("/admin/aduan").then().statusCode(403);
        given().auth().preemptive().basic(TestAccounts.stored(member.phone()), TestAccounts.PASSWORD)
                .when().get("/api/v1/admin/reports").then().statusCode(403);
        given().when().get("/api/v1/admin/reports").then().statusCode(401);
    }

    /** The API as the first admin. */
    static final class ApiAdmin {
        static RequestSpecification get() {
            return given().auth().preemptive().basic(TestAccounts.stored(TestAccounts.ADMIN_PHONE),
                    TestAccounts.ADMIN_PASSWORD).contentType("application/json");
        }
    }
}

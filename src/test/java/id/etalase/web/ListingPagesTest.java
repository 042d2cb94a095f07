package id.etalase.web;

import id.etalase.common.Sql;
import id.etalase.search.SearchTesting;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ListingPagesTest {

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    @Inject
    SearchTesting search;


    static Map<String, String> listing(String name, String price) {
        return new HashMap<>(Map.of("name", name, "description", "Dibuat setiap pagi dari bahan segar.",
                "price", price, "unit", "bungkus", "sector", "kuliner", "aksi", "ajukan"));
    }

    long productId(String name) {
        return ((Number) sql.single("select id from product where name = ?", name)).longValue();
    }

    String status(long product) {
        return (String) sql.single("select status from product where id = ?", product);
    }

    @Test
    void aPendingMembersSubmittedProductsWaitWithTheApplicationAndGoLiveOnceBothAreApproved() throws Exception {
        search.awaitElasticsearchAnswering();
        TestMembers.Owner owner = testMembers.registered("Draf Menunggu Uji");
        Response saved = owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                listing("Keripik Draf Menunggu", "15rb"));
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith("/akun?pesan=submitted_with_application"));
        long first = productId("Keripik Draf Menunggu");
        assertEquals("pending", status(first), "submitted as the member asked, waiting with the application");
        Map<String, String> draft = listing("Sambal Draf Menunggu", "20000");
        draft.put("aksi", "draf");
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", draft);
        long second = productId("Sambal Draf Menunggu");
        assertEquals("draft", status(second));
        String dashboard = owner.browser().get("/akun?pesan=submitted_with_application").then().statusCode(200)
                .extract().asString();
        assertTrue(dashboard.contains("Produk diajukan bersama pendaftaran Anda."), dashboard);
        assertTrue(dashboard.contains("Menunggu admin bersama pendaftaran Anda. Tayang setelah keduanya disetujui"),
                "where the product stands and what happens next");
        assertTrue(dashboard.contains("Belum diajukan: tekan “Ajukan untuk tayang”"), "the draft says what to do");
        assertEquals(303, owner.browser().submit("/akun", "/akun/produk/ajukan", Map.of("id",
                String.valueOf(second))).statusCode());
        assertEquals("pending", status(second), "submitting a draft before approval submits it too");

        // The admin approves one product before the member, the other after; the member does nothing more.
        FormClient admin = AdminPagesTest.admin();
        assertEquals(303, AdminPagesTest.decide(admin, "/admin/produk/setujui", first, Map.of()).statusCode());
        assertEquals("published", status(first));
        String slug = (String) sql.single("select slug from product where id = ?", first);
        given().when().get("/produk/{slug}", slug).then().statusCode(404);
        assertEquals(303, AdminPagesTest.decide(admin, "/admin/anggota/setujui", owner.memberId(), Map.of())
                .statusCode());
        given().when().get("/produk/{slug}", slug).then().statusCode(200).body(containsString("Rp15.000"));
        assertEquals(303, AdminPagesTest.decide(admin, "/admin/produk/setujui", second, Map.of()).statusCode());
        String secondSlug = (String) sql.single("select slug from product where id = ?", second);
        given().when().get("/produk/{slug}", secondSlug).then().statusCode(200);
        search.awaitIndexed();
        given().queryParam("q", "draf menunggu").when().get("/api/v1/search").then()
                .body("items.slug", hasItem(slug)).body("items.slug", hasItem(secondSlug));
    }

    @Test
    void anApprovedMembersProductGoesLiveOnlyAfterAnAdminApprovesIt() throws Exception {
        search.awaitElasticsearchAnswering();
        TestMembers.Owner owner = testMembers.approved("Tayang Setelah Disetujui Uji");
        Response saved = owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                listing("Sambal Roa Tayang Uji", "Rp 25.000"));
        assertEquals(303, saved.statusCode(), saved.asString());
        long id = productId("Sambal Roa Tayang Uji");
        assertEquals(List.of("pending", 25000L), sql.row("select status, price from product where id = ?", id));
        String slug = (String) sql.single("select slug from product where id = ?", id);
        given().when().get("/produk/{slug}", slug).then().statusCode(404);

        FormClient admin = AdminPagesTest.admin();
        admin.get("/admin/produk").then().statusCode(200).body(containsString("Sambal Roa Tayang Uji"));
        assertEquals(303, AdminPagesTest.decide(admin, "/admin/produk/setujui", id, Map.of())
                .statusCode());
        assertEquals("published", status(id));
        given().when().get("/produk/{slug}", slug).then().statusCode(200).body(containsString("Rp25.000"));
        search.awaitIndexed();
        given().queryParam("q", "sambal roa tayang").when().get("/api/v1/search").then()
                .body("items.slug", hasItem(slug));
        assertEquals(1, sql.count("select count(*) from audit_log where action = 'product.approve'"
                + " and subject_id = ?", id));
    }

    @Test
    void aBrokenListingComesBackAsTypedAndSavesNothing() {
        TestMembers.Owner owner = testMembers.approved("Isian Salah Uji");
        long before = sql.count("select count(*) from product where member_id = ?", owner.memberId());
        Map<String, String> form = listing(" ", "dua puluh ribu");
        form.put("sector", "perhiasan");
        form.put("description", "Renyah <script>alert(1)</script>");
        Response answer = owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", form);
        assertEquals(400, answer.statusCode());
        String html = answer.asString();
        assertTrue(html.contains("Tulis harga dengan angka"), html);
        assertTrue(html.contains("Pilih sektor usaha dari daftar."), html);
        assertTrue(html.contains("id=\"name-error\""), "the name is required");
        assertTrue(html.contains("value=\"dua puluh ribu\""), "the price as typed");
        assertTrue(html.contains("Renyah &lt;script&gt;alert(1)&lt;/script&gt;"), "the description kept, escaped");
        assertEquals(before, sql.count("select count(*) from product where member_id = ?", owner.memberId()));
    }

    @Test
    void aNameAndUnitAreOneLineWithoutLinksAndTheQueueShowsTheDescriptionsLines() {
        TestMembers.Owner owner = testMembers.approved("Satu Baris Uji");
        long before = sql.count("select count(*) from product where member_id = ?", owner.memberId());
        Map<String, String> form = listing("Kopi Lampung\n\nPembayaran resmi: https://bayar.example/kopi", "25000");
        form.put("unit", "bungkus wa.me/6281234567890");
        Response answer = owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", form);
        assertEquals(400, answer.statusCode());
        String html = answer.asString();
        assertTrue(ProfilePagesTest.besideField(html, "name").contains("Harus satu baris teks biasa"), html);
        assertTrue(ProfilePagesTest.besideField(html, "unit").contains("Tidak boleh berisi alamat web"), html);
        assertEquals(before, sql.count("select count(*) from product where member_id = ?", owner.memberId()));

        form = listing("Kopi Lampung Pembayaran Resmi bayarkopi.com", "25000");
        answer = owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", form);
        assertEquals(400, answer.statusCode(), "a bare domain is a link too");

        form = listing("Kopi Robusta Satu Baris Uji", "25000");
        form.put("description", "Robusta petik merah.\nInfo lengkap: https://kopi.example/robusta");
        assertEquals(303, owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", form).statusCode());
        String queue = AdminPagesTest.admin().get("/admin/produk").asString();
        assertTrue(queue.contains("<p class=\"hint-text description\">Robusta petik merah.\nInfo lengkap:"
                + " https://kopi.example/robusta</p>"), "shown with its line break, the link as text: " + queue);
    }

    @Test
    void aRejectedProductShowsTheReasonAndCanBeFixedAndSubmittedAgain() {
        TestMembers.Owner owner = testMembers.approved("Produk Ditolak Uji");
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", listing("Obat Kuat Ajaib Uji", "99000"));
        long id = productId("Obat Kuat Ajaib Uji");
        AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/produk/tolak", id, Map.of(
                "reason", "Obat tanpa izin BPOM tidak boleh dijual."));
        assertEquals("rejected", status(id));
        owner.browser().get("/akun").then().body(containsString("Obat tanpa izin BPOM tidak boleh dijual."));
        Map<String, String> fixed = listing("Jamu Beras Kencur Uji", "15000");
        fixed.put("id", String.valueOf(id));
        assertEquals(303, owner.browser().submit("/akun/produk/ubah?id=" + id, "/akun/produk/simpan", fixed)
                .statusCode());
        assertEquals(List.of("pending", "Jamu Beras Kencur Uji"), sql.row("select status, name from product"
                + " where id = ?", id));
    }

    @Test
    void editingALiveProductKeepsTheLiveVersionUntilAnAdminApprovesTheRevision() throws Exception {
        search.awaitElasticsearchAnswering();
        TestMembers.Owner owner = testMembers.approved("Revisi Produk Uji");
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", listing("Kopi Robusta Revisi Uji",
                "45000"));
        long id = productId("Kopi Robusta Revisi Uji");
        FormClient admin = AdminPagesTest.admin();
        AdminPagesTest.decide(admin, "/admin/produk/setujui", id, Map.of());
        String slug = (String) sql.single("select slug from product where id = ?", id);

        Map<String, String> edit = listing("Kopi Luwak Revisi Uji", "45000");
        edit.put("id", String.valueOf(id));
        edit.put("description", "Sekarang kopi luwak liar.");
        edit.put("aksi", "simpan");
        Response saved = owner.browser().submit("/akun/produk/ubah?id=" + id, "/akun/produk/simpan", edit);
        assertTrue(saved.header("Location").endsWith("pesan=revision_pending"), saved.header("Location"));
        assertEquals(List.of("published", "Kopi Robusta Revisi Uji"), sql.row("select status, name from product"
                + " where id = ?", id), "the live version stays");
        given().when().get("/produk/{slug}", slug).then().statusCode(200)
                .body(containsString("Kopi Robusta Revisi Uji")).body(not(containsString("Kopi Luwak")));
        search.awaitIndexed();
        given().queryParam("q", "luwak").queryParam("size", 100).when().get("/api/v1/search").then()
                .body("items.slug", not(hasItem(slug)));
        given().queryParam("q", "kopi robusta revisi uji").when().get("/api/v1/search").then()
                .body("items.find { it.slug == '" + slug + "' }.name", org.hamcrest.Matchers.equalTo(
                        "Kopi Robusta Revisi Uji"));
        owner.browser().get("/akun/produk/ubah?id=" + id).then().body(containsString("value=\"Kopi Luwak Revisi Uji\""));

        long revision = ((Number) sql.single("select id from product_revision where product_id = ?"
                + " and status = 'pending'", id)).longValue();
        admin.get("/admin/produk").then()
                .body(containsString("<del>Kopi Robusta Revisi Uji</del>"))
                .body(containsString("<ins>Kopi Luwak Revisi Uji</ins>"));
        assertEquals(303, AdminPagesTest.decide(admin, "/admin/revisi/setujui", revision, Map.of()).statusCode());
        given().when().get("/produk/{slug}", slug).then().statusCode(200)
                .body(containsString("Kopi Luwak Revisi Uji"))
                .body(containsString("Sekarang kopi luwak liar."));
        search.awaitIndexed();
        given().queryParam("q", "luwak").queryParam("size", 100).when().get("/api/v1/search").then()
                .body("items.slug", hasItem(slug));
    }

    @Test
    void aNewPriceAloneGoesLiveAtOnce() {
        TestMembers.Owner owner = testMembers.approved("Harga Baru Uji");
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", listing("Gula Aren Harga Uji", "20000"));
        long id = productId("Gula Aren Harga Uji");
        AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/produk/setujui", id, Map.of());
        Map<String, String> edit = listing("Gula Aren Harga Uji", "22.500");
        edit.put("id", String.valueOf(id));
        edit.put("aksi", "simpan");
        Response saved = owner.browser().submit("/akun/produk/ubah?id=" + id, "/akun/produk/simpan", edit);
        assertTrue(saved.header("Location").endsWith("pesan=live"), saved.header("Location"));
        assertEquals(22500L, sql.single("select price from product where id = ?", id));
        assertEquals(0, sql.count("select count(*) from product_revision where product_id = ?", id));
        String slug = (String) sql.single("select slug from product where id = ?", id);
        given().when().get("/produk/{slug}", slug).then().body(containsString("Rp22.500"));
    }

    @Test
    void aMemberCannotTouchAnotherMembersProduct() {
        TestMembers.Owner victim = testMembers.approved("Korban Produk Uji");
        victim.browser().submit("/akun/produk/baru", "/akun/produk/simpan", listing("Tapis Korban Uji", "300000"));
        long id = productId("Tapis Korban Uji");
        TestMembers.Owner other = testMembers.approved("Penyusup Produk Uji");
        Map<String, String> edit = listing("Tapis Dibajak", "1");
        edit.put("id", String.valueOf(id));
        assertEquals(404, other.browser().submit("/akun/produk/baru", "/akun/produk/simpan", edit).statusCode());
        assertEquals(404, other.browser().submit("/akun", "/akun/produk/arsipkan", Map.of("id", String.valueOf(id)))
                .statusCode());
        other.browser().get("/akun/produk/ubah?id=" + id).then().statusCode(404);
        assertEquals(List.of("pending", "Tapis Korban Uji", 300000L), sql.row("select status, name, price"
                + " from product where id = ?", id));
    }

    @Test
    void hidingTakesAProductOffTheSiteAfterAConfirmationAndShowingItAgainNeedsNoNewApproval() {
        TestMembers.Owner owner = testMembers.approved("Arsip Produk Uji");
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", listing("Lada Arsip Uji", "30000"));
        long id = productId("Lada Arsip Uji");
        AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/produk/setujui", id, Map.of());
        String slug = (String) sql.single("select slug from product where id = ?", id);
        given().when().get("/produk/{slug}", slug).then().statusCode(200);
        String dashboard = owner.browser().get("/akun").asString();
        assertTrue(dashboard.contains("<summary class=\"button secondary\">Sembunyikan</summary>"), dashboard);
        assertTrue(dashboard.contains("Produk ini tidak tampil di portal sampai Anda menayangkannya lagi."),
                "the button asks first");
        assertEquals(303, owner.browser().submit("/akun", "/akun/produk/arsipkan", Map.of("id", String.valueOf(id)))
                .statusCode());
        assertEquals("archived", status(id));
        given().when().get("/produk/{slug}", slug).then().statusCode(404);
        dashboard = owner.browser().get("/akun?pesan=diarsipkan").asString();
        assertTrue(dashboard.contains("Disembunyikan") && dashboard.contains(">Tayangkan lagi</button>"), dashboard);

        long decisions = sql.count("select count(*) from audit_log where subject_id = ? and action like 'product.%'",
                id);
        Response shown = owner.browser().submit("/akun", "/akun/produk/tayangkan", Map.of("id", String.valueOf(id)));
        assertEquals(303, shown.statusCode());
        assertTrue(shown.header("Location").endsWith("/akun?pesan=ditayangkan"));
        assertEquals("published", status(id), "live again without a new review");
        assertEquals(decisions, sql.count("select count(*) from audit_log where subject_id = ?"
                + " and action like 'product.%'", id));
        given().when().get("/produk/{slug}", slug).then().statusCode(200);
        owner.browser().get("/akun?pesan=ditayangkan").then().body(containsString("Produk ditampilkan lagi."));
        assertEquals(409, owner.browser().submit("/akun", "/akun/produk/tayangkan", Map.of("id", String.valueOf(id)))
                .statusCode(), "a product on show cannot be shown again");

        // Hidden before approval, it waits for the admins again when shown.
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", listing("Cabai Arsip Uji", "9000"));
        long waiting = productId("Cabai Arsip Uji");
        owner.browser().submit("/akun", "/akun/produk/arsipkan", Map.of("id", String.valueOf(waiting)));
        owner.browser().submit("/akun", "/akun/produk/tayangkan", Map.of("id", String.valueOf(waiting)));
        assertEquals("pending", status(waiting));
    }

    @Test
    void theDashboardCountsViewsAndEnquiriesOfTheLast30Days() {
        TestMembers.Owner owner = testMembers.approved("Statistik Uji");
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", listing("Kemplang Statistik Uji", "10000"));
        long id = productId("Kemplang Statistik Uji");
        long member = owner.memberId();
        for (int i = 0; i < 3; i++) {
            sql.update("insert into product_view (product_id, member_id, client_hash, created_at)"
                    + " values (?, ?, repeat('a', 64), now(6) - interval ? day)", id, member, i);
        }
        sql.update("insert into product_view (product_id, member_id, client_hash, created_at)"
                + " values (?, ?, repeat('b', 64), now(6) - interval 40 day)", id, member);
        sql.update("insert into enquiry (product_id, member_id, client_hash, created_at)"
                + " values (?, ?, repeat('c', 64), now(6))", id, member);
        sql.update("insert into product_daily_count (day, product_id, member_id, views, enquiries)"
                + " values (current_date() - interval 10 day, ?, ?, 4, 2)", id, member);
        owner.browser().get("/akun").then().statusCode(200)
                .body(containsString("30 hari: 7 dilihat, 3 pesan"))
                .body(containsString("30 hari terakhir: 7 kali dilihat, 3 pesan WhatsApp."));
    }
}

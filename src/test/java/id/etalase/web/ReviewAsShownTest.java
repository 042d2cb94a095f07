package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.catalog.PhotoSweeps;
import id.etalase.catalog.TestImages;
import id.etalase.common.Slugs;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the admin saw is what goes live (members, products and edits, with the photos an edit proposes); photos waiting
 * for review survive; hidden products' photos are private.
 */
@QuarkusTest
class ReviewAsShownTest {

    private static final Pattern PHOTO_URL = Pattern.compile("/foto/\\d+-[0-9a-f]{16}-\\d{3,4}\\.jpg");

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    @Inject
    PhotoSweeps sweeps;

    @Test
    void aProductRenamedAfterTheAdminOpenedTheQueueIsNotApprovedUnseen() {
        TestMembers.Owner owner = testMembers.approved("Ganti Nama Uji");
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing("Produk Asli Uji", "20000"));
        long id = productId("Produk Asli Uji");
        FormClient admin = AdminPagesTest.admin();
        String queue = admin.get("/admin/produk").asString();
        String token = token(queue);
        String shown = version(queue, "produk-" + id);

        Map<String, String> renamed = ListingPagesTest.listing("Produk Diganti Uji", "20000");
        renamed.put("id", String.valueOf(id));
        assertEquals(303, owner.browser().submit("/akun/produk/ubah?id=" + id, "/akun/produk/simpan", renamed)
                .statusCode());

        Response stale = decideOnWhatWasShown(admin, token, "/admin/produk/setujui", id, shown);
        assertEquals(409, stale.statusCode(), stale.asString());
        assertTrue(stale.asString().contains("Anggota mengubah Produk Diganti Uji setelah halaman ini Anda buka"),
                stale.asString());
        assertTrue(stale.asString().contains("<h3>Produk Diganti Uji</h3>"), "the queue shows what it holds now");
        assertEquals("pending", sql.single("select status from product where id = ?", id));

        assertEquals(303, AdminPagesTest.decide(admin, "/admin/produk/setujui", id, Map.of()).statusCode());
        assertEquals(List.of("published", "Produk Diganti Uji"), sql.row("select status, name from product"
                + " where id = ?", id));
    }

    @Test
    void theApiAnswersAChangedItemWithWhatItHoldsNow() {
        TestMembers.Owner owner = testMembers.approved("Api Versi Uji");
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing("Kopi Versi Lama Uji", "20000"));
        long id = productId("Kopi Versi Lama Uji");
        int shown = admin().get("/api/v1/admin/products/pending").then().statusCode(200)
                .extract().path("find { it.id == " + id + " }.version");
        Map<String, String> renamed = ListingPagesTest.listing("Kopi Versi Baru Uji", "20000");
        renamed.put("id", String.valueOf(id));
        owner.browser().submit("/akun/produk/ubah?id=" + id, "/akun/produk/simpan", renamed);

        admin().queryParam("version", shown).post("/api/v1/admin/products/{id}/approve", id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("current.name", equalTo("Kopi Versi Baru Uji"))
                .body("current.version", equalTo(shown + 1));
        assertEquals("pending", sql.single("select status from product where id = ?", id));
    }

    @Test
    void aRevisionChangedAfterTheQueueWasOpenedIsNotApprovedUnseen() {
        TestMembers.Owner owner = testMembers.approved("Revisi Versi Uji");
        long id = published(owner, "Gula Aren Versi Uji");
        Map<String, String> edit = ListingPagesTest.listing("Gula Aren Asli Uji", "30000");
        edit.put("id", String.valueOf(id));
        owner.browser().submit("/akun/produk/ubah?id=" + id, "/akun/produk/simpan", edit);
        long revision = ((Number) sql.single("select id from product_revision where product_id = ?"
                + " and status = 'pending'", id)).longValue();
        FormClient admin = AdminPagesTest.admin();
        String queue = admin.get("/admin/produk").asString();
        String token = token(queue);
        String shown = version(queue, "revisi-" + revision);

        edit.put("name", "Gula Aren Palsu Uji");
        owner.browser().submit("/akun/produk/ubah?id=" + id, "/akun/produk/simpan", edit);
        Response stale = decideOnWhatWasShown(admin, token, "/admin/revisi/setujui", revision, shown);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("Gula Aren Palsu Uji"), "the queue shows the edit as it is now");
        assertEquals("Gula Aren Versi Uji", sql.single("select name from product where id = ?", id));
    }

    @Test
    void aPriceOnlyChangeThroughTheApiKeepsTheWaitingRevisionAndChangesThePriceInBoth() {
        TestMembers.Owner owner = testMembers.approved("Harga Revisi Uji");
        long id = published(owner, "Lada Harga Uji");
        Map<String, String> edit = ListingPagesTest.listing("Lada Hitam Harga Uji", "30000");
        edit.put("id", String.valueOf(id));
        owner.browser().submit("/akun/produk/ubah?id=" + id, "/akun/produk/simpan", edit);
        assertEquals(1, sql.count("select count(*) from product_revision where product_id = ? and status = 'pending'",
                id));

        given().auth().preemptive().basic(owner.phone(), TestAccounts.PASSWORD).contentType("application/json")
                .body(Map.of("name", "Lada Harga Uji", "description", "Dibuat setiap pagi dari bahan segar.",
                        "price", 35000, "unit", "bungkus", "sector", "kuliner"))
                .put("/api/v1/me/products/{id}", id).then().statusCode(200).body("outcome", equalTo("LIVE"));

        assertEquals(List.of(35000L, "Lada Harga Uji"), sql.row("select price, name from product where id = ?", id));
        assertEquals(List.of("Lada Hitam Harga Uji", 35000L), sql.row("select name, price from product_revision"
                + " where product_id = ? and status = 'pending'", id), "the revision stays, with the new price");
    }

    @Test
    void newPhotosOfARevisionWaitingLongerThanADayAreNotSwept() {
        TestMembers.Owner owner = testMembers.approved("Foto Menunggu Uji");
        long id = published(owner, "Tapis Menunggu Uji");
        Map<String, String> edit = ListingPagesTest.listing("Tapis Menunggu Uji", "30000");
        edit.put("id", String.valueOf(id));
        edit.put("aksi", "simpan");
        ListingPhotosTest.send(owner.browser(), "/akun/produk/ubah?id=" + id, edit, List.of(),
                Map.of("baru.jpg", TestImages.encode(TestImages.picture(700, 500), "jpeg")));
        String proposed = (String) sql.single("select photo_ids from product_revision where product_id = ?"
                + " and status = 'pending'", id);
        long photo = Long.parseLong(proposed);
        // Kept in SQL: a photo three days old for the sweep, which the application (it stamps now) cannot make.
        sql.update("update photo set created_at = created_at - interval 3 day where id = ?", photo);

        sweeps.runNow();

        assertEquals(1, sql.count("select count(*) from photo where id = ?", photo), "kept for the admin");
        long revision = ((Number) sql.single("select id from product_revision where product_id = ?"
                + " and status = 'pending'", id)).longValue();
        AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/revisi/setujui", revision, Map.of());
        assertEquals(List.of(photo), sql.column("select id from photo where product_id = ?", id));
    }

    @Test
    void photosOfAProductOffTheSiteAreServedOnlyToItsMemberAndAdmins() {
        TestMembers.Owner owner = testMembers.approved("Foto Pribadi Uji");
        ListingPhotosTest.send(owner.browser(), "/akun/produk/baru", ListingPagesTest.listing("Kain Pribadi Uji",
                "90000"), List.of(), Map.of("kain.jpg", TestImages.encode(TestImages.picture(600, 400), "jpeg")));
        long id = productId("Kain Pribadi Uji");
        AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/produk/setujui", id, Map.of());
        Matcher url = PHOTO_URL.matcher(given().get("/produk/{slug}", sql.single("select slug from product"
                + " where id = ?", id)).asString());
        assertTrue(url.find());
        given().get(url.group()).then().statusCode(200).header("Cache-Control", "public, max-age=86400");

        owner.browser().submit("/akun", "/akun/produk/arsipkan", Map.of("id", String.valueOf(id)));
        assertEquals("archived", sql.single("select status from product where id = ?", id));

        given().get(url.group()).then().statusCode(404);
        testMembers.approved("Anggota Lain Uji").browser().get(url.group()).then().statusCode(404);
        // Never stored by a cache (the answer to a request with a session cookie says no-store, see SecurityHeaders).
        owner.browser().get(url.group()).then().statusCode(200).header("Cache-Control", containsString("no-store"));
        AdminPagesTest.admin().get(url.group()).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"));
    }

    @Test
    void aMemberRenamedAfterTheAdminOpenedTheQueueIsNotApprovedUnseen() {
        TestMembers.Owner owner = testMembers.registered("Profil Asli Uji");
        long id = owner.memberId();
        FormClient admin = AdminPagesTest.admin();
        String queue = admin.get("/admin").asString();
        String token = token(queue);
        String shown = version(queue, "anggota-" + id);

        Map<String, String> renamed = ProfilePagesTest.profileOf(sql, id);
        renamed.put("businessName", "Profil Diganti Uji");
        assertEquals(303, owner.browser().submit("/akun/profil", "/akun/profil", renamed).statusCode());

        for (String action : List.of("/admin/anggota/setujui", "/admin/anggota/tolak")) {
            Response stale = decideOnWhatWasShown(admin, token, action, id, shown, Map.of("reason", "Kurang jelas"));
            assertEquals(409, stale.statusCode(), stale.asString());
            assertTrue(stale.asString().contains("Profil Diganti Uji mengubah profilnya setelah halaman ini Anda"
                    + " buka"), stale.asString());
            assertTrue(stale.asString().contains("<h3>Profil Diganti Uji</h3>"), "the queue shows what it holds now");
            assertEquals("pending", sql.single("select status from member where id = ?", id));
        }
        assertEquals(0, sql.count("select count(*) from audit_log where subject_type = 'member' and subject_id = ?",
                id), "no decision ran");

        assertEquals(303, AdminPagesTest.decide(admin, "/admin/anggota/setujui", id, Map.of()).statusCode());
        assertEquals(List.of("active", "Profil Diganti Uji"), sql.row("select status, business_name from member"
                + " where id = ?", id));
    }

    @Test
    void aNewLogoAloneIsAChangeTheAdminMustSee() {
        TestMembers.Owner owner = testMembers.registered("Logo Baru Uji");
        long id = owner.memberId();
        FormClient admin = AdminPagesTest.admin();
        String queue = admin.get("/admin").asString();
        String shown = version(queue, "anggota-" + id);

        io.restassured.specification.RequestSpecification withLogo = owner.browser().request()
                .multiPart("csrf-token", owner.browser().token("/akun/profil"));
        ProfilePagesTest.profileOf(sql, id).forEach(withLogo::multiPart);
        withLogo.multiPart("logo", "logo.png", TestImages.encode(TestImages.picture(300, 300), "png"), "image/png");
        assertEquals(303, withLogo.post("/akun/profil").statusCode());
        long logo = ((Number) sql.single("select logo_photo_id from member where id = ?", id)).longValue();

        Response stale = decideOnWhatWasShown(admin, token(queue), "/admin/anggota/setujui", id, shown, Map.of());
        assertEquals(409, stale.statusCode(), stale.asString());
        Matcher shownLogo = Pattern.compile("id=\"anggota-" + id + "\">\\s*<h3>Logo Baru Uji</h3>\\s*<img[^>]*src=\"(/foto/"
                + logo + "-[0-9a-f]{16}-320\\.jpg)\"").matcher(stale.asString());
        assertTrue(shownLogo.find(), "the queue shows the new logo: " + stale.asString());
        admin.get(shownLogo.group(1)).then().statusCode(200);
        given().get(shownLogo.group(1)).then().statusCode(404);
        assertEquals("pending", sql.single("select status from member where id = ?", id));
    }

    @Test
    void aSectorMergedAfterTheQueueWasOpenedIsAChangeTheAdminMustSee() {
        FormClient admin = AdminPagesTest.admin();
        long run = System.nanoTime();
        String from = "Uji Sektor Lama " + run;
        String into = "Uji Sektor Baru " + run;
        for (String name : List.of(from, into)) {
            assertEquals(303, admin.submit("/admin/sektor", "/admin/sektor/tambah", Map.of("nameId", name, "nameEn",
                    name)).statusCode());
        }
        TestMembers.Owner owner = testMembers.registered("Sektor Gabung Uji");
        Map<String, String> profile = ProfilePagesTest.profileOf(sql, owner.memberId());
        profile.put("sector", Slugs.of(from));
        assertEquals(303, owner.browser().submit("/akun/profil", "/akun/profil", profile).statusCode());
        String queue = admin.get("/admin").asString();
        String shown = version(queue, "anggota-" + owner.memberId());

        // Another admin (or this one in another tab) merges the member's sector into another.
        Object fromId = sql.single("select id from sector where slug = ?", Slugs.of(from));
        Object intoId = sql.single("select id from sector where slug = ?", Slugs.of(into));
        assertEquals(303, AdminPagesTest.admin().submit("/admin/sektor", "/admin/sektor/gabung", Map.of("id",
                String.valueOf(fromId), "into", String.valueOf(intoId))).statusCode());

        Response stale = decideOnWhatWasShown(admin, token(queue), "/admin/anggota/setujui", owner.memberId(), shown);
        assertEquals(409, stale.statusCode(), stale.asString());
        assertTrue(card(stale.asString(), "anggota-" + owner.memberId()).contains(" · " + into + " · "),
                "the queue shows the sector as it is now, by its name");
        assertEquals("pending", sql.single("select status from member where id = ?", owner.memberId()));
    }

    @Test
    void theApiAnswersAChangedMemberWithWhatItHoldsNow() {
        TestMembers.Owner owner = testMembers.registered("Api Anggota Lama Uji");
        long id = owner.memberId();
        int shown = admin().get("/api/v1/admin/members/pending").then().statusCode(200)
                .extract().path("find { it.id == " + id + " }.version");
        Map<String, String> renamed = ProfilePagesTest.profileOf(sql, id);
        renamed.put("businessName", "Api Anggota Baru Uji");
        renamed.put("description", "Kopi robusta petik merah dari Lampung Barat.");
        given().auth().preemptive().basic(owner.phone(), TestAccounts.PASSWORD).contentType("application/json")
                .body(renamed).put("/api/v1/me/profile").then().statusCode(200);

        admin().queryParam("version", shown).body(Map.of("reason", "Kurang jelas"))
                .post("/api/v1/admin/members/{id}/reject", id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("current.name", equalTo("Api Anggota Baru Uji"))
                .body("current.description", equalTo("Kopi robusta petik merah dari Lampung Barat."))
                .body("current.version", equalTo(shown + 1));
        admin().post("/api/v1/admin/members/{id}/approve", id).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("version"));
        assertEquals("pending", sql.single("select status from member where id = ?", id));

        admin().queryParam("version", shown + 1).post("/api/v1/admin/members/{id}/approve", id).then()
                .statusCode(200)
                .body("after", equalTo("active"));
        assertEquals(List.of("active", "Api Anggota Baru Uji"), sql.row("select status, business_name from member"
                + " where id = ?", id));
    }

    @Test
    void theQueueShowsThePhotosAnEditProposesAndMarksThoseItRemoves() {
        TestMembers.Owner owner = testMembers.approved("Foto Usulan Uji");
        ListingPhotosTest.send(owner.browser(), "/akun/produk/baru", ListingPagesTest.listing("Tapis Foto Usulan Uji",
                "90000"), List.of(), Map.of("lama.jpg", TestImages.encode(TestImages.picture(600, 400), "jpeg")));
        long id = productId("Tapis Foto Usulan Uji");
        long old = ((Number) sql.single("select id from photo where product_id = ?", id)).longValue();
        FormClient admin = AdminPagesTest.admin();
        assertTrue(card(admin.get("/admin/produk").asString(), "produk-" + id).contains(small(old)),
                "a new product's photos are in its card");
        AdminPagesTest.decide(admin, "/admin/produk/setujui", id, Map.of());

        Map<String, String> edit = ListingPagesTest.listing("Tapis Foto Usulan Uji", "90000");
        edit.put("id", String.valueOf(id));
        edit.put("aksi", "simpan");
        ListingPhotosTest.send(owner.browser(), "/akun/produk/ubah?id=" + id, edit, List.of(), Map.of(
                "baru1.jpg", TestImages.encode(TestImages.picture(700, 500), "jpeg"),
                "baru2.jpg", TestImages.encode(TestImages.picture(500, 700), "jpeg")));
        List<Long> proposed = java.util.Arrays.stream(((String) sql.single("select photo_ids from product_revision"
                + " where product_id = ? and status = 'pending'", id)).split(",")).map(Long::valueOf).toList();
        assertEquals(2, proposed.size());
        long revision = ((Number) sql.single("select id from product_revision where product_id = ?"
                + " and status = 'pending'", id)).longValue();

        String card = card(admin.get("/admin/produk").asString(), "revisi-" + revision);
        for (long photo : proposed) {
            assertTrue(card.contains("<li class=\"photo-added\"><a href=\"" + url(photo, 1200) + "\"><img src=\""
                    + small(photo) + "\" width=\"120\""), "proposed photo " + photo + " in " + card);
            admin.get(small(photo)).then().statusCode(200);
            admin.get(url(photo, 1200)).then().statusCode(200);
            given().get(small(photo)).then().statusCode(404);
        }
        Matcher removed = Pattern.compile("<li class=\"photo-removed\">.*?</li>").matcher(card);
        assertTrue(removed.find(), card);
        assertTrue(removed.group().contains(small(old)) && removed.group().contains("Dihapus bila disetujui"),
                removed.group());
        assertTrue(card.indexOf(small(proposed.get(0))) < card.indexOf(small(proposed.get(1))), "in the edit's order");
    }

    /** One card of a queue page: from its anchor to the next card (or the end of its list). */
    private static String card(String queue, String item) {
        int at = queue.indexOf("id=\"" + item + "\"");
        assertTrue(at >= 0, item);
        int next = queue.indexOf("class=\"queue-item\"", at);
        int end = queue.indexOf("</ol>", at);
        return queue.substring(at, next >= 0 && next < end ? next : end);
    }

    private String small(long photo) {
        return url(photo, 320);
    }

    private String url(long photo, int size) {
        return "/foto/" + photo + "-" + ((String) sql.single("select content_hash from photo where id = ?", photo))
                .substring(0, 16) + "-" + size + ".jpg";
    }

    private long published(TestMembers.Owner owner, String name) {
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan", ListingPagesTest.listing(name, "30000"));
        long id = productId(name);
        AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/produk/setujui", id, Map.of());
        assertEquals("published", sql.single("select status from product where id = ?", id));
        return id;
    }

    /** The admin presses a button on the queue page opened before: its token and the version it showed. */
    private static Response decideOnWhatWasShown(FormClient admin, String token, String action, long id,
            String shown) {
        return decideOnWhatWasShown(admin, token, action, id, shown, Map.of());
    }

    private static Response decideOnWhatWasShown(FormClient admin, String token, String action, long id,
            String shown, Map<String, String> more) {
        io.restassured.specification.RequestSpecification form = admin.request()
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("id", String.valueOf(id)).formParam("version", shown);
        more.forEach(form::formParam);
        return form.post(action);
    }

    private static String token(String page) {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find());
        return token.group(1);
    }

    private static String version(String queue, String item) {
        int at = queue.indexOf("id=\"" + item + "\"");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(queue);
        assertTrue(at >= 0 && version.find(at), item);
        return version.group(1);
    }

    private long productId(String name) {
        return ((Number) sql.single("select id from product where name = ?", name)).longValue();
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD)
                .contentType("application/json");
    }
}

package id.etalase.web;

import id.etalase.catalog.TestImages;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Photos through the listing form as a phone without JavaScript sends them: multipart, full size. */
@QuarkusTest
class ListingPhotosTest {

    static final Pattern PHOTO_URL = Pattern.compile("/foto/\\d+-[0-9a-f]{16}-(1200|640|320)\\.jpg");

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;


    /** Sends the listing form with these files, as the browser's multipart post. */
    static Response send(FormClient browser, String page, Map<String, String> fields, List<Long> kept,
            Map<String, byte[]> files) {
        String token = browser.token(page);
        RequestSpecification request = browser.request().multiPart("csrf-token", token);
        fields.forEach((k, v) -> request.multiPart(k, v));
        kept.forEach(id -> request.multiPart("photo", String.valueOf(id)));
        files.forEach((name, bytes) -> request.multiPart("photos", name, bytes, "application/octet-stream"));
        return request.post("/akun/produk/simpan");
    }

    /** Files in the order the member chose them: the first is the cover. */
    static Map<String, byte[]> ordered(String first, byte[] firstBytes, String second, byte[] secondBytes) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(first, firstBytes);
        files.put(second, secondBytes);
        return files;
    }

    long productId(String name) {
        return ((Number) sql.single("select id from product where name = ?", name)).longValue();
    }

    @Test
    void aListingWithPhonePhotosShowsThemWithItsCoverOnItsPageAndCards() {
        TestMembers.Owner owner = testMembers.approved("Foto Produk Uji");
        Response saved = send(owner.browser(), "/akun/produk/baru", ListingPagesTest.listing("Tapis Foto Uji",
                "450000"), List.of(), ordered("tapis.jpg", TestImages.phoneJpeg(2400, 1800),
                        "detail.png", TestImages.encode(TestImages.picture(900, 900), "png")));
        assertEquals(303, saved.statusCode(), saved.asString());
        long id = productId("Tapis Foto Uji");
        assertEquals(2, sql.count("select count(*) from photo where product_id = ?", id));
        List<Object> cover = sql.row("select width, height from photo where product_id = ? and position = 0", id);
        assertEquals(List.of(900L, 1200L), cover, "the phone photo, upright (portrait) and at most 1200 px");

        AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/produk/setujui", id, Map.of());
        String slug = (String) sql.single("select slug from product where id = ?", id);
        String page = given().when().get("/produk/{slug}", slug).then().statusCode(200).extract().asString();
        Matcher photo = PHOTO_URL.matcher(page);
        assertTrue(photo.find(), page);
        assertTrue(page.contains("<meta property=\"og:image:alt\" content=\"Tapis Foto Uji dari Foto Produk Uji\">"),
                "the share preview is the cover, described");
        assertTrue(page.contains("srcset=\""), "responsive sizes");
        assertTrue(page.contains("\"image\":[\"http://localhost:8080/foto/"), "JSON-LD lists the photos");
        Response file = given().when().get(photo.group());
        assertEquals(200, file.statusCode());
        assertEquals("image/jpeg", file.contentType());
        assertEquals("public, max-age=86400", file.header("Cache-Control"));
        given().header("If-None-Match", file.header("ETag")).when().get(photo.group()).then().statusCode(304);
        assertEquals(0xff, file.asByteArray()[0] & 0xff);
        given().when().get(photo.group().replaceFirst("-[0-9a-f]{16}-", "-0000000000000000-")).then()
                .statusCode(404);

        given().when().get("/anggota/{slug}", owner.slug()).then()
                .body(containsString("class=\"photo\" src=\"/foto/"));
    }

    @Test
    void thePhotoComesFirstAndRemovingOneOrChoosingTheMainOneIsOneTapEach() {
        TestMembers.Owner owner = testMembers.approved("Foto Hapus Uji");
        String blank = owner.browser().get("/akun/produk/baru").then().statusCode(200).extract().asString();
        assertTrue(blank.indexOf("name=\"photos\"") < blank.indexOf("name=\"name\""), "the photo comes first");
        assertTrue(blank.contains("<option value=\"kuliner\" selected>"), "the sector starts at the member's own");
        assertTrue(blank.contains("name=\"price\" type=\"text\" value=\"\" inputmode=\"numeric\""), blank);
        Map<String, String> fields = ListingPagesTest.listing("Keripik Hapus Uji", "25rb");
        fields.put("aksi", "draf");
        assertEquals(303, send(owner.browser(), "/akun/produk/baru", fields, List.of(), ordered("depan.jpg",
                TestImages.encode(TestImages.picture(800, 600), "jpeg"), "samping.png",
                TestImages.encode(TestImages.picture(600, 600), "png"))).statusCode());
        long id = productId("Keripik Hapus Uji");
        assertEquals(25000L, ((Number) sql.single("select price from product where id = ?", id)).longValue(),
                "25rb is 25.000 rupiah");
        List<Object> photos = sql.column("select id from photo where product_id = ? order by position", id);
        assertEquals(2, photos.size());

        String form = owner.browser().get("/akun/produk/ubah?id=" + id).then().statusCode(200).extract().asString();
        assertTrue(form.contains("Hapus foto") && form.contains("Jadikan foto utama"), form);
        String token = owner.browser().token("/akun/produk/ubah?id=" + id);
        RequestSpecification request = owner.browser().request().multiPart("csrf-token", token)
                .multiPart("id", String.valueOf(id));
        Map<String, String> edit = ListingPagesTest.listing("Keripik Hapus Uji", "Rp 30.000");
        edit.put("aksi", "draf");
        edit.forEach(request::multiPart);
        photos.forEach(photo -> request.multiPart("photo", String.valueOf(photo)));
        request.multiPart("hapus", String.valueOf(photos.get(0))).multiPart("cover", String.valueOf(photos.get(1)));
        assertEquals(303, request.post("/akun/produk/simpan").statusCode());
        assertEquals(List.of(photos.get(1)), sql.column("select id from photo where product_id = ? order by position",
                id), "the first photo removed, the second the only and main one");
        assertEquals(30000L, ((Number) sql.single("select price from product where id = ?", id)).longValue());
    }

    @Test
    void aRefusedFileComesBackBesideTheFormWithTheGoodPhotosKeptAndNothingSaved() {
        TestMembers.Owner owner = testMembers.approved("Foto Ditolak Uji");
        long products = sql.count("select count(*) from product where member_id = ?", owner.memberId());
        Response answer = send(owner.browser(), "/akun/produk/baru", ListingPagesTest.listing("Kopi Foto Uji",
                "30000"), List.of(), ordered("bagus.jpg", TestImages.encode(TestImages.picture(800, 600), "jpeg"),
                        "palsu.jpg", "bukan foto".getBytes()));
        assertEquals(400, answer.statusCode());
        String html = answer.asString();
        assertTrue(html.contains("File ini bukan foto JPEG, PNG atau WebP."), html);
        assertTrue(html.contains("value=\"Kopi Foto Uji\""), "what was typed stays");
        Matcher kept = Pattern.compile("type=\"hidden\" name=\"photo\" value=\"(\\d+)\"").matcher(html);
        assertTrue(kept.find(), "the good photo comes back with the form");
        assertEquals(products, sql.count("select count(*) from product where member_id = ?", owner.memberId()));

        Response saved = send(owner.browser(), "/akun/produk/baru", ListingPagesTest.listing("Kopi Foto Uji",
                "30000"), List.of(Long.valueOf(kept.group(1))), Map.of());
        assertEquals(303, saved.statusCode());
        assertEquals(1, sql.count("select count(*) from photo where product_id = ?", productId("Kopi Foto Uji")));
    }

    @Test
    void nobodyAttachesAnotherMembersPhotoAndSevenPhotosAreTooMany() {
        TestMembers.Owner owner = testMembers.approved("Foto Pemilik Uji");
        send(owner.browser(), "/akun/produk/baru", ListingPagesTest.listing("Madu Foto Uji", "50000"), List.of(),
                Map.of("madu.jpg", TestImages.encode(TestImages.picture(500, 500), "jpeg")));
        long photo = ((Number) sql.single("select f.id from photo f join product p on p.id = f.product_id"
                + " where p.name = 'Madu Foto Uji'")).longValue();
        TestMembers.Owner thief = testMembers.approved("Pencuri Foto Uji");
        assertEquals(303, send(thief.browser(), "/akun/produk/baru", ListingPagesTest.listing("Madu Curian Uji",
                "1"), List.of(photo), Map.of()).statusCode());
        assertEquals(0, sql.count("select count(*) from photo where product_id = ?", productId("Madu Curian Uji")));
        assertEquals(productId("Madu Foto Uji"), ((Number) sql.single("select product_id from photo where id = ?",
                photo)).longValue());

        java.util.Map<String, byte[]> seven = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            seven.put("foto" + i + ".png", TestImages.encode(TestImages.picture(100 + i, 100), "png"));
        }
        Response tooMany = send(owner.browser(), "/akun/produk/baru", ListingPagesTest.listing("Tujuh Foto Uji",
                "1000"), List.of(), seven);
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.asString().contains("Paling banyak 6 foto per produk."));
        assertEquals(0, sql.count("select count(*) from product where name = 'Tujuh Foto Uji'"));
    }

    @Test
    void newPhotosOnALiveProductWaitForTheAdminLikeAnyOtherEdit() {
        TestMembers.Owner owner = testMembers.approved("Foto Revisi Uji");
        send(owner.browser(), "/akun/produk/baru", ListingPagesTest.listing("Lada Foto Uji", "30000"), List.of(),
                Map.of("lama.jpg", TestImages.encode(TestImages.picture(600, 400), "jpeg")));
        long id = productId("Lada Foto Uji");
        FormClient admin = AdminPagesTest.admin();
        AdminPagesTest.decide(admin, "/admin/produk/setujui", id, Map.of());
        long old = ((Number) sql.single("select id from photo where product_id = ?", id)).longValue();
        Map<String, String> edit = new java.util.HashMap<>(ListingPagesTest.listing("Lada Foto Uji", "30000"));
        edit.put("id", String.valueOf(id));
        edit.put("aksi", "simpan");
        Response saved = send(owner.browser(), "/akun/produk/ubah?id=" + id, edit, List.of(), Map.of("baru.jpg",
                TestImages.encode(TestImages.picture(700, 500), "jpeg")));
        assertTrue(saved.header("Location").endsWith("pesan=revision_pending"), saved.header("Location"));
        assertEquals(List.of(old), sql.column("select id from photo where product_id = ?", id),
                "the live photo stays until the admin approves");
        long revision = ((Number) sql.single("select id from product_revision where product_id = ?"
                + " and status = 'pending'", id)).longValue();
        AdminPagesTest.decide(admin, "/admin/revisi/setujui", revision, Map.of());
        List<Object> now = sql.column("select id from photo where product_id = ?", id);
        assertEquals(1, now.size());
        assertTrue(!now.contains(old), "the new photo replaced the old one");
    }
}

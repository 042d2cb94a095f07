package id.etalase.web;

import id.etalase.common.Slugs;
import id.etalase.common.Sql;
import id.etalase.reference.ReferenceChanged;
import id.etalase.search.SearchTesting;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admins' sectors and districts. Every sector, member and product here is the test's own (slugs starting with
 * "uji-sektor-" and "uji-anggota-"), and the provinces it uploads are removed afterwards: the demo sectors and the 15
 * Lampung districts other tests rely on are never changed.
 */
@QuarkusTest
class ReferencePagesTest {

    private static final String SECTORS = "/admin/sektor";
    private static final String DISTRICTS = "/admin/wilayah";
    private static final Pattern SECTOR_LINK = Pattern.compile("class=\"sector-link\" href=\"/kategori/([^\"]+)\">([^<]+)");

    @Inject
    Sql sql;

    @Inject
    SearchTesting searchTesting;

    @Inject
    Event<ReferenceChanged> referenceChanged;

    @Inject
    TestMembers testMembers;

    /** Makes this run's names apart from any left by an earlier, interrupted run. */
    private final String run = Long.toString(new Random().nextLong() & 0xffffffffL, 36);

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void start() throws Exception {
        removeTestData();
        searchTesting.awaitElasticsearchAnswering();
    }

    /**
     * Kept in SQL with insertMember and insertProduct: members and products in throw-away sectors that must be
     * deleted after each test so the sectors can go, and the application deletes no member or product.
     */
    @AfterEach
    void removeTestData() throws Exception {
        List<Object> members = sql.column("select id from member where slug like 'uji-anggota-%'");
        for (Object member : members) {
            sql.update("insert into search_outbox (product_id, created_at) select id, now(6) from product"
                    + " where member_id = ?", member);
            sql.update("delete from product where member_id = ?", member);
            sql.update("delete from member where id = ?", member);
        }
        sql.update("delete from sector_redirect where old_slug like 'uji-sektor-%'");
        sql.update("delete from sector where slug like 'uji-sektor-%'");
        sql.update("update sector s join (select id, row_number() over (order by position, id) as place from sector)"
                + " r on r.id = s.id set s.position = r.place");
        sql.update("delete from district where province_code in ('16', '99')");
        sql.update("delete from province where code in ('16', '99')");
        // The names are kept in memory for a few seconds: made through SQL, the change is announced by hand.
        QuarkusTransaction.requiringNew().run(() -> referenceChanged.fire(new ReferenceChanged()));
        if (!members.isEmpty()) {
            searchTesting.awaitIndexed();
        }
    }

    @Test
    void addedRenamedAndReorderedSectorsShowOnTheHomeAndSectorPages() {
        FormClient admin = AdminPagesTest.admin();
        long auditBefore = sql.count("select coalesce(max(id), 0) from audit_log");
        String name = "Uji Sektor Tenun " + run;
        assertEquals(303, admin.submit(SECTORS, "/admin/sektor/tambah", Map.of("nameId", name, "nameEn",
                "Weaving " + run)).statusCode());
        String slug = Slugs.of(name);
        long id = sectorId(slug);
        List<Map.Entry<String, String>> links = sectorLinks(home(""));
        assertEquals(Map.entry(slug, name), links.get(links.size() - 1), "added last");
        assertTrue(given().get("/kategori/" + slug).then().statusCode(200).extract().asString()
                .contains("<h1>" + name + "</h1>"));

        String renamed = "Uji Sektor Tenun Tapis " + run;
        assertEquals(303, update(admin, id, slug, renamed, "Tapis weaving " + run, "1").statusCode());
        links = sectorLinks(home(""));
        assertEquals(Map.entry(slug, renamed), links.get(0), "renamed and first");
        assertEquals(Map.entry(slug, "Tapis weaving " + run), sectorLinks(home("?lang=en")).get(0));
        assertTrue(given().get("/kategori/" + slug).asString().contains("<h1>" + renamed + "</h1>"));
        assertTrue(given().get("/kategori/" + slug + "?lang=en").asString().contains("<h1>Tapis weaving " + run
                + "</h1>"));
        assertEquals(renamed, given().get("/api/v1/sectors").jsonPath()
                .getString("find { it.slug == '" + slug + "' }.name"));

        assertEquals(303, update(admin, id, slug, renamed, "Tapis weaving " + run, "99").statusCode());
        links = sectorLinks(home(""));
        assertEquals(slug, links.get(links.size() - 1).getKey(), "past the end is last");
        assertEquals(List.of("kuliner", "fashion", "kerajinan", "agribisnis", "jasa", "kecantikan-kesehatan",
                "lainnya"), links.subList(0, 7).stream().map(Map.Entry::getKey).toList(), "the others in their order");
        assertEquals(sql.count("select count(*) from sector"), sql.count("select count(distinct position) from sector"
                + " where position between 1 and (select count(*) from sector)"), "numbered 1, 2, 3 …");
        assertEquals(List.of("sector.add", "sector.update", "sector.update"), sql.column("select action from audit_log"
                + " where id > ? and subject_type = 'sector' order by id", auditBefore));
    }

    @Test
    void aMergeMovesProductsAndMembersAndTheOldAddressRedirects() throws Exception {
        FormClient admin = AdminPagesTest.admin();
        String from = addSector(admin, "Uji Sektor Keripik " + run, "Chips " + run);
        String into = addSector(admin, "Uji Sektor Camilan " + run, "Snacks " + run);
        long fromId = sectorId(from);
        long intoId = sectorId(into);
        long seller = insertMember("uji-anggota-keripik-" + run, fromId);
        long other = insertMember("uji-anggota-camilan-" + run, intoId);
        List<String> moving = List.of(insertProduct(seller, fromId, "Keripik Uji Pedas " + run),
                insertProduct(other, fromId, "Keripik Uji Manis " + run));
        String staying = insertProduct(other, intoId, "Kacang Uji Asin " + run);
        searchTesting.awaitIndexed();
        assertEquals(List.of(2L, 1L, 1L, 1L), List.of(products(fromId), members(fromId), products(intoId),
                members(intoId)));

        Response merged = admin.submit(SECTORS, "/admin/sektor/gabung", Map.of("id", String.valueOf(fromId),
                "into", String.valueOf(intoId)));
        assertEquals(303, merged.statusCode(), merged.asString());
        assertEquals(0, sql.count("select count(*) from sector where id = ?", fromId), "the merged sector is gone");
        assertEquals(List.of(0L, 0L, 3L, 2L), List.of(products(fromId), members(fromId), products(intoId),
                members(intoId)));

        Response old = given().redirects().follow(false).get("/kategori/" + from + "?page=2");
        assertEquals(301, old.statusCode());
        assertTrue(old.header("Location").endsWith("/kategori/" + into + "?page=2"), old.header("Location"));
        List<String> current = given().get("/api/v1/sectors").jsonPath().getList("slug");
        assertFalse(current.contains(from));
        assertTrue(current.contains(into));

        searchTesting.awaitIndexed();
        JsonPath found = given().queryParam("sector", into).queryParam("size", 50).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("elasticsearch", found.getString("engine"));
        List<String> expected = new ArrayList<>(moving);
        expected.add(staying);
        assertEquals(expected.stream().sorted().toList(), found.<String>getList("items.slug").stream().sorted()
                .toList());
        assertEquals("Uji Sektor Camilan " + run, found.getString("facets.sector.find { it.value == '" + into
                + "' }.label"));
        assertEquals(List.of("Uji Sektor Camilan " + run), found.getList("items.sector.name").stream().distinct()
                .toList(), "the documents carry the target's name");
        // The search filter keeps working with the old slug: it means the sector it became.
        assertEquals(3, given().queryParam("sector", from).get("/api/v1/search").jsonPath().getInt("total"));
        String page = given().queryParam("sector", from).get("/cari").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Keripik Uji Pedas " + run) && page.contains("Kacang Uji Asin " + run));
        assertEquals("sector.merge", sql.single("select action from audit_log where subject_type = 'sector'"
                + " order by id desc limit 1"));
    }

    @Test
    void aNewSlugRedirectsAndTheProductsCarryTheNewName() throws Exception {
        FormClient admin = AdminPagesTest.admin();
        String slug = addSector(admin, "Uji Sektor Kopi " + run, "Coffee " + run);
        long id = sectorId(slug);
        long seller = insertMember("uji-anggota-kopi-" + run, id);
        String product = insertProduct(seller, id, "Kopi Uji Robusta " + run);
        searchTesting.awaitIndexed();

        String newSlug = "uji-sektor-kopi-lampung-" + run;
        assertEquals(303, update(admin, id, newSlug, "Uji Sektor Kopi Lampung " + run, "Lampung coffee " + run, "1")
                .statusCode());
        Response old = given().redirects().follow(false).get("/kategori/" + slug);
        assertEquals(301, old.statusCode());
        assertTrue(old.header("Location").endsWith("/kategori/" + newSlug), old.header("Location"));
        assertTrue(given().get("/kategori/" + newSlug).asString().contains("Uji Sektor Kopi Lampung " + run));

        searchTesting.awaitIndexed();
        JsonPath found = given().queryParam("sector", newSlug).get("/api/v1/search").jsonPath();
        assertEquals(List.of(product), found.getList("items.slug"));
        assertEquals("Uji Sektor Kopi Lampung " + run, found.getString("items[0].sector.name"));
        assertEquals("Uji Sektor Kopi Lampung " + run, found.getString("facets.sector.find { it.value == '"
                + newSlug + "' }.label"));
        assertEquals("Lampung coffee " + run, given().queryParam("sector", newSlug).header("Accept-Language", "en")
                .get("/api/v1/search").jsonPath().getString("facets.sector.find { it.value == '" + newSlug
                        + "' }.label"));
        assertEquals(List.of(product), given().queryParam("q", "robusta").queryParam("sector", newSlug)
                .get("/api/v1/search").jsonPath().getList("items.slug"), "still found by its words");
    }

    @Test
    void twoMergesInARowLeadEveryOldAddressToTheLastTarget() {
        FormClient admin = AdminPagesTest.admin();
        String first = addSector(admin, "Uji Sektor Satu " + run, "One " + run);
        String second = addSector(admin, "Uji Sektor Dua " + run, "Two " + run);
        String third = addSector(admin, "Uji Sektor Tiga " + run, "Three " + run);
        String renamed = "uji-sektor-satu-baru-" + run;
        assertEquals(303, update(admin, sectorId(first), renamed, "Uji Sektor Satu " + run, "One " + run, "1")
                .statusCode());
        assertEquals(303, merge(admin, sectorId(renamed), sectorId(second)).statusCode());
        assertEquals(303, merge(admin, sectorId(second), sectorId(third)).statusCode());
        for (String old : List.of(first, renamed, second)) {
            Response answer = given().redirects().follow(false).get("/kategori/" + old);
            assertEquals(301, answer.statusCode(), old);
            assertTrue(answer.header("Location").endsWith("/kategori/" + third), old + " → "
                    + answer.header("Location"));
        }
        assertEquals(200, given().get("/kategori/" + third).statusCode());
        assertEquals(404, given().redirects().follow(false).get("/kategori/uji-sektor-tidak-ada-" + run)
                .statusCode());
        String page = admin.get(SECTORS).asString();
        for (String old : List.of(first, renamed, second)) {
            assertTrue(page.contains("<a href=\"/kategori/" + old + "\">" + old + "</a>"), "listed under its target");
        }
    }

    @Test
    void badSectorInputComesBackWithItsMessageAndChangesNothing() {
        FormClient admin = AdminPagesTest.admin();
        String slug = addSector(admin, "Uji Sektor Batik " + run, "Batik " + run);
        long id = sectorId(slug);
        List<Object> before = sectorsState();

        Response empty = admin.submit(SECTORS, "/admin/sektor/tambah", Map.of("nameId", " ", "nameEn", "Only English"));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.asString().contains("id=\"add-nameId-error\">Isi nama sektor.</p>"), empty.asString());
        assertTrue(empty.asString().contains("value=\"Only English\""), "kept as typed");

        Response duplicate = admin.submit(SECTORS, "/admin/sektor/tambah", Map.of("nameId", "Kuliner",
                "nameEn", "Food"));
        assertEquals(400, duplicate.statusCode());
        assertTrue(duplicate.asString().contains("id=\"add-nameId-error\">Alamat “kuliner” sudah dipakai sektor lain"));

        Response taken = update(admin, id, "kuliner", "Uji Sektor Batik " + run, "Batik " + run, "1");
        assertEquals(400, taken.statusCode());
        assertTrue(taken.asString().contains("id=\"sector-" + id + "-slug-error\">Alamat “kuliner” sudah dipakai"));
        Response unnamed = update(admin, id, slug, "Uji Sektor Batik Baru " + run, "", "x");
        assertEquals(400, unnamed.statusCode());
        assertTrue(unnamed.asString().contains("id=\"sector-" + id + "-nameEn-error\">Isi nama sektor.</p>"));
        assertTrue(unnamed.asString().contains("id=\"sector-" + id + "-position-error\">Isi urutan dengan angka"));
        assertTrue(unnamed.asString().contains("value=\"Uji Sektor Batik Baru " + run + "\""), "kept as typed");
        Response malformed = update(admin, id, "Bukan Slug!", "Uji Sektor Batik " + run, "Batik " + run, "1");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.asString().contains("id=\"sector-" + id + "-slug-error\">Alamat hanya boleh huruf kecil"));

        Response itself = merge(admin, id, id);
        assertEquals(400, itself.statusCode());
        assertTrue(itself.asString().contains("id=\"merge-" + id + "-into-error\">Sektor tidak bisa digabungkan ke"
                + " dirinya sendiri."));
        Response nowhere = admin.submit(SECTORS, "/admin/sektor/gabung", Map.of("id", String.valueOf(id),
                "into", ""));
        assertEquals(400, nowhere.statusCode());
        assertTrue(nowhere.asString().contains("id=\"merge-" + id + "-into-error\">Pilih sektor tujuan."));

        assertEquals(before, sectorsState());
        assertEquals(0, sql.count("select count(*) from sector_redirect where sector_id = ?", id));
    }

    @Test
    void theSumateraSelatanFileAddsSeventeenDistrictsAndASecondUploadChangesNothing() throws IOException {
        FormClient admin = AdminPagesTest.admin();
        List<Object> lampung = sql.column("select concat(code, ' ', slug, ' ', name, ' ', kind) from district"
                + " where province_code = '18' order by code");
        assertEquals(15, lampung.size());
        byte[] file = resource("reference/districts-sumatera-selatan.csv");
        long auditBefore = sql.count("select coalesce(max(id), 0) from audit_log");

        String first = upload(admin, "sumsel.csv", file).then().statusCode(200).extract().asString();
        assertTrue(first.contains("17 ditambahkan, 0 diperbarui, 0 tidak berubah, 0 ditolak."), first);
        assertEquals(17, sql.count("select count(*) from district where province_code = '16'"));
        assertEquals("Sumatera Selatan", sql.single("select name from province where code = '16'"));
        assertEquals(List.of("16.71 palembang kota", "16.72 prabumulih kota", "16.73 pagar-alam kota",
                "16.74 lubuklinggau kota"), sql.column("select concat(code, ' ', slug, ' ', kind) from district"
                        + " where province_code = '16' and kind = 'kota' order by code"));
        assertEquals("ogan-komering-ulu-selatan", sql.single("select slug from district where code = '16.08'"));
        assertEquals(18, sql.count("select count(*) from audit_log where id > ? and action in ('province.add',"
                + " 'district.add')", auditBefore), "the province and each district");

        String registration = new FormClient().get("/daftar").asString();
        assertTrue(registration.contains("<option value=\"16.71\">Palembang</option>"), "a choice at once");
        assertTrue(registration.contains("<option value=\"16.12\">Penukal Abab Lematang Ilir</option>"));
        assertEquals(200, given().get("/wilayah/palembang").statusCode());

        long auditAfterFirst = sql.count("select coalesce(max(id), 0) from audit_log");
        String second = upload(admin, "sumsel.csv", file).then().statusCode(200).extract().asString();
        assertTrue(second.contains("0 ditambahkan, 0 diperbarui, 17 tidak berubah, 0 ditolak."), second);
        assertEquals(17, sql.count("select count(*) from district where province_code = '16'"));
        assertEquals(auditAfterFirst, sql.count("select coalesce(max(id), 0) from audit_log"), "nothing to record");
        assertEquals(lampung, sql.column("select concat(code, ' ', slug, ' ', name, ' ', kind) from district"
                + " where province_code = '18' order by code"), "Lampung untouched");
        assertTrue(admin.get(DISTRICTS).asString().contains("<h2 id=\"provinsi-16\">16 Sumatera Selatan</h2>"));
    }

    @Test
    void aMessyFileGivesARowByRowReport() {
        FormClient admin = AdminPagesTest.admin();
        String messy = "\uFEFFKode;Nama;Jenis;Kode Provinsi;Provinsi\r\n"
                + "99.01;Kabupaten Uji Satu;;99;Provinsi Uji\r\n"
                + "99.71;Kota Uji Dua;;99;Provinsi Uji\r\n"
                + "9902;Uji Tiga;kabupaten;99;Provinsi Uji\r\n"
                + "98.03;Uji Empat;kabupaten;99;Provinsi Uji\r\n"
                + "99.04;Uji Lima;desa;99;Provinsi Uji\r\n"
                + "99.01;Uji Satu Lagi;kabupaten;99;Provinsi Uji\r\n"
                + ";;;;\r\n"
                + "99.05;\"Uji; Enam\";Kab.;99;Provinsi Uji\r\n"
                + "18.71;Kota Bandar Lampung;;18;Lampung\r\n"
                + "99.06;;kota;99;Provinsi Uji\r\n";
        byte[] file = messy.getBytes(StandardCharsets.UTF_8);
        String page = upload(admin, "wilayah.csv", file).then().statusCode(200).extract().asString();
        assertTrue(page.contains("3 ditambahkan, 0 diperbarui, 1 tidak berubah, 5 ditolak."), page);
        assertEquals(List.of(
                "2|99.01|Uji Satu|kabupaten|Ditambahkan",
                "3|99.71|Uji Dua|kota|Ditambahkan",
                "4|9902|Uji Tiga|kabupaten|Ditolak – Kode “9902” tidak berbentuk kode wilayah seperti 16.71.",
                "5|98.03|Uji Empat|kabupaten|Ditolak – Kode 98.03 tidak termasuk provinsi 99.",
                "6|99.04|Uji Lima|desa|Ditolak – Jenis “desa” tidak dikenal: tulis kabupaten atau kota.",
                "7|99.01|Uji Satu Lagi|kabupaten|Ditolak – Kode 99.01 sudah ada di baris 2 file ini.",
                "9|99.05|Uji; Enam|kabupaten|Ditambahkan",
                "10|18.71|Bandar Lampung|kota|Tidak berubah",
                "11|99.06||kota|Ditolak – Nama wilayah kosong."), reportRows(page));
        assertEquals(List.of("99.01 uji-satu kabupaten Uji Satu", "99.05 uji-enam kabupaten Uji; Enam",
                "99.71 uji-dua kota Uji Dua"), sql.column("select concat(code, ' ', slug, ' ', kind, ' ', name)"
                        + " from district where province_code = '99' order by code"));

        String again = upload(admin, "wilayah.csv", file).then().statusCode(200).extract().asString();
        assertTrue(again.contains("0 ditambahkan, 0 diperbarui, 4 tidak berubah, 5 ditolak."), again);

        Response commas = upload(admin, "wilayah.csv", ("kode,nama\n99.07,Uji Tujuh\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, commas.statusCode());
        assertTrue(commas.asString().contains("id=\"file-error\">Baris judul tidak memuat kolom: kode_provinsi."));
        Response latin1 = upload(admin, "wilayah.csv", "kode,nama,kode_provinsi\n99.08,Uji Delapan é,99\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, latin1.statusCode());
        assertTrue(latin1.asString().contains("File ini bukan UTF-8."));
        assertEquals(3, sql.count("select count(*) from district where province_code = '99'"));
    }

    @Test
    void onlyAdminsSeeTheReferencePages() {
        for (String path : List.of(SECTORS, DISTRICTS)) {
            Response anonymous = given().redirects().follow(false).get(path);
            assertEquals(303, anonymous.statusCode(), path);
            assertTrue(anonymous.header("Location").contains("/masuk"), path);
            assertEquals(200, AdminPagesTest.admin().get(path).statusCode(), path);
        }
        assertTrue(AdminPagesTest.admin().get("/admin").asString().contains("href=\"/admin/sektor\""));
        assertTrue(AdminPagesTest.admin().get(DISTRICTS + "?lang=en").asString().contains("<h1>Districts</h1>"));
    }

    /**
     * A role check refuses before a worker thread takes the request, so the refusal page is drawn where the database
     * cannot be read: it must do with the names in memory even once they are old.
     */
    @Test
    void aMemberIsRefusedWithAPageEvenWhenTheNamesInMemoryAreOld() throws InterruptedException {
        TestMembers.Owner member = testMembers.registered("Uji Penolakan " + run);
        String token = member.browser().token("/masuk");
        given().get("/"); // the community's settings and the reference names are read now
        Thread.sleep(11_000); // … and are older than their few seconds when the refusal comes
        for (String path : List.of("/admin/sektor/tambah", "/admin/sektor/ubah", "/admin/sektor/gabung")) {
            Response refused = member.browser().request().contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", token).formParam("nameId", "Dibajak").formParam("nameEn", "Hijacked")
                    .post(path);
            assertEquals(403, refused.statusCode(), path + ": " + refused.asString());
        }
        assertEquals(0, sql.count("select count(*) from sector where name_id = 'Dibajak'"));
    }

    private String addSector(FormClient admin, String nameId, String nameEn) {
        Response added = admin.submit(SECTORS, "/admin/sektor/tambah", Map.of("nameId", nameId, "nameEn", nameEn));
        assertEquals(303, added.statusCode(), added.asString());
        return Slugs.of(nameId);
    }

    private Response update(FormClient admin, long id, String slug, String nameId, String nameEn, String position) {
        return admin.submit(SECTORS, "/admin/sektor/ubah", Map.of("id", String.valueOf(id), "slug", slug, "nameId",
                nameId, "nameEn", nameEn, "position", position));
    }

    private Response merge(FormClient admin, long id, long into) {
        return admin.submit(SECTORS, "/admin/sektor/gabung", Map.of("id", String.valueOf(id), "into",
                String.valueOf(into)));
    }

    private Response upload(FormClient admin, String name, byte[] file) {
        return admin.request().multiPart("csrf-token", admin.token(DISTRICTS))
                .multiPart("file", name, file, "text/csv").post("/admin/wilayah/unggah");
    }

    private long sectorId(String slug) {
        return ((Number) sql.single("select id from sector where slug = ?", slug)).longValue();
    }

    private long products(long sector) {
        return sql.count("select count(*) from product where sector_id = ?", sector);
    }

    private long members(long sector) {
        return sql.count("select count(*) from member where sector_id = ?", sector);
    }

    private List<Object> sectorsState() {
        return sql.column("select concat(id, ' ', slug, ' ', name_id, ' ', name_en, ' ', position) from sector"
                + " order by id");
    }

    private long insertMember(String slug, long sector) {
        long district = ((Number) sql.single("select id from district where code = '18.71'")).longValue();
        String phone = "62899" + String.format(Locale.ROOT, "%08d", new Random().nextInt(100_000_000));
        sql.update("insert into member (slug, business_name, owner_name, scale, sector_id, district_id, whatsapp,"
                + " status, created_at, updated_at) values (?, ?, 'Pemilik Uji', 'mikro', ?, ?, ?, 'active', now(6),"
                + " now(6))", slug, "Usaha " + slug, sector, district, phone);
        return ((Number) sql.single("select id from member where slug = ?", slug)).longValue();
    }

    /** A published product, queued for the index; answers its slug. */
    private String insertProduct(long member, long sector, String name) {
        String slug = Slugs.of(name);
        sql.update("insert into product (slug, member_id, name, description, price, sector_id, status, created_at,"
                + " updated_at, submitted_at) values (?, ?, ?, 'Dibuat untuk pengujian sektor.', 15000, ?,"
                + " 'published', now(6), now(6), now(6))", slug, member, name, sector);
        sql.update("insert into search_outbox (product_id, created_at) select id, now(6) from product where slug = ?",
                slug);
        return slug;
    }

    private static String home(String query) {
        return given().get("/" + query).then().statusCode(200).extract().asString();
    }

    private static List<Map.Entry<String, String>> sectorLinks(String html) {
        List<Map.Entry<String, String>> links = new ArrayList<>();
        Matcher link = SECTOR_LINK.matcher(html);
        while (link.find()) {
            links.add(Map.entry(link.group(1), link.group(2).strip()));
        }
        return links;
    }

    private static List<String> reportRows(String html) {
        String table = html.substring(html.indexOf("<table id=\"import-report\">"));
        table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'"));
            }
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}

package id.etalase.web;

import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One page of every type, as a shopper, a member and an admin, checked by the Nu HTML Checker (the W3C's vnu) with
 * no error allowed. The checker runs in a JVM of its own on the files this test writes under target/html-check: its
 * old libraries (Saxon 9, Jetty 9, log4j 1) never meet the application's.
 */
@QuarkusTest
class HtmlConformanceTest {

    static final Path PAGES = Path.of("target/html-check");

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    @Test
    void everyTypeOfPageHasNoErrorsForTheNuHtmlChecker() throws Exception {
        String product = (String) sql.single("select p.slug from " + Sql.PUBLIC_PRODUCTS + " order by p.id limit 1");
        String member = (String) sql.single("select m.slug from " + Sql.PUBLIC_PRODUCTS + " order by p.id limit 1");
        String sector = (String) sql.single("select slug from sector order by id limit 1");
        String district = (String) sql.single("select slug from district order by id limit 1");
        TestMembers.Owner owner = testMembers.approved("Halaman Sahih Uji");
        owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing("Keripik Halaman Sahih Uji", "15000"));
        long own = ((Number) sql.single("select id from product where name = 'Keripik Halaman Sahih Uji'"))
                .longValue();
        // Every list an admin page can show holds an item, whatever ran before: a registration waiting (with a logo
        // and a whole profile), an edit that changes a product's photos, a report.
        TestMembers.Owner queued = testMembers.registered("Antre Halaman Sahih Uji");
        Map<String, String> profile = ProfilePagesTest.profileOf(sql, queued.memberId());
        profile.putAll(Map.of("description", "Kopi robusta petik merah.", "address", "Jl. Pasar Baru 3",
                "nib", "1234567890123", "instagram", "kopi.sahih"));
        io.restassured.specification.RequestSpecification withLogo = queued.browser().request()
                .multiPart("csrf-token", queued.browser().token("/akun/profil"));
        profile.forEach(withLogo::multiPart);
        withLogo.multiPart("logo", "logo.png", id.etalase.catalog.TestImages.encode(
                id.etalase.catalog.TestImages.picture(300, 300), "png"), "image/png");
        assertEquals(303, withLogo.post("/akun/profil").statusCode());
        // ...with a product sent along, waiting with the application.
        queued.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing("Sambal Antre Halaman Sahih Uji", "12000"));
        sql.update("update product set status = 'pending', submitted_at = now(6)"
                + " where name = 'Sambal Antre Halaman Sahih Uji'");
        ListingPhotosTest.send(owner.browser(), "/akun/produk/baru", ListingPagesTest.listing("Tapis Halaman Sahih Uji",
                "90000"), List.of(), Map.of("lama.jpg", id.etalase.catalog.TestImages.encode(
                        id.etalase.catalog.TestImages.picture(600, 400), "jpeg")));
        long withPhotos = ((Number) sql.single("select id from product where name = 'Tapis Halaman Sahih Uji'"))
                .longValue();
        AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/produk/setujui", withPhotos, Map.of());
        Map<String, String> edit = ListingPagesTest.listing("Tapis Halaman Sahih Uji", "90000");
        edit.put("id", String.valueOf(withPhotos));
        edit.put("aksi", "simpan");
        ListingPhotosTest.send(owner.browser(), "/akun/produk/ubah?id=" + withPhotos, edit, List.of(), Map.of(
                "baru.jpg", id.etalase.catalog.TestImages.encode(id.etalase.catalog.TestImages.picture(700, 500),
                        "jpeg")));
        assertEquals(1, sql.count("select count(*) from product_revision where product_id = ? and status = 'pending'"
                + " and photo_ids is not null", withPhotos));
        sql.update("insert into product_report (product_id, reason, client_hash, created_at, status) select p.id,"
                + " 'spam', sha2(uuid(), 256), now(6), 'open' from " + Sql.PUBLIC_PRODUCTS + " order by p.id limit 1");
        FormClient shopper = new FormClient();
        FormClient admin = AdminPagesTest.admin();

        Map<String, Supplier<Response>> pages = new LinkedHashMap<>();
        for (String page : List.of("/", "/produk/" + product, "/anggota/" + member, "/cari?q=kopi",
                "/kategori/" + sector, "/wilayah/" + district, "/tentang", "/masuk", "/daftar", "/sandi-baru?token=x",
                "/laporkan?produk=" + product, "/halaman-yang-tidak-ada")) {
            pages.put("shopper " + page, () -> shopper.get(page));
        }
        for (String page : List.of("/akun", "/akun/profil", "/akun/sandi", "/akun/nomor", "/akun/produk/baru",
                "/akun/produk/ubah?id=" + own, "/akun/laporan")) {
            pages.put("member " + page, () -> owner.browser().get(page));
        }
        for (String page : List.of("/admin", "/admin/produk", "/admin/anggota", "/admin/aduan", "/admin/laporan",
                "/admin/laporan/anggota?member=" + owner.memberId(),
                "/admin/anggota/batas?member=" + owner.memberId(), "/admin/pilihan", "/admin/komunitas",
                "/admin/kosakata", "/admin/impor", "/admin/sektor", "/admin/wilayah", "/admin/audit")) {
            pages.put("admin " + page, () -> admin.get(page));
        }
        // After a decision: the notice to tell the member, in the list and at the top.
        for (String page : List.of("/admin?pesan=disetujui&kabari=anggota-" + owner.memberId() + "&lanjut=anggota-"
                + queued.memberId(), "/admin/produk?pesan=produk-tayang&kabari=produk-" + withPhotos)) {
            pages.put("admin " + page, () -> admin.request().urlEncodingEnabled(false).get(page));
        }
        pages.put("member's form with errors", () -> owner.browser().submit("/akun/produk/baru",
                "/akun/produk/simpan", Map.of("name", "", "price", "x")));

        Files.createDirectories(PAGES);
        try (var old = Files.list(PAGES)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Map<Path, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Response>> page : pages.entrySet()) {
            Response answer = page.getValue().get();
            assertTrue(String.valueOf(answer.contentType()).startsWith("text/html"),
                    page.getKey() + ": " + answer.statusCode() + " " + answer.contentType());
            Path file = PAGES.resolve(String.format("%02d-%s.html", files.size(),
                    page.getKey().replaceAll("[^A-Za-z0-9]+", "-")));
            Files.writeString(file, answer.asString(), StandardCharsets.UTF_8);
            files.put(file, page.getKey());
        }
        List<String> errors = check(files);
        assertEquals(List.of(), errors, errors.size() + " errors from the Nu HTML Checker:\n"
                + String.join("\n", errors));
    }

    /** Runs vnu over the files; each error as "page: line:column message". */
    private static List<String> check(Map<Path, String> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xss4m", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--no-langdetect", "--format", "gnu",
                "--exit-zero-always"));
        files.keySet().forEach(file -> command.add(file.toAbsolutePath().toString()));
        Path output = PAGES.resolve("vnu-output.txt");
        Process vnu = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(vnu.waitFor(5, TimeUnit.MINUTES), "the checker finished");
        String report = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, vnu.exitValue(), report);
        List<String> errors = new ArrayList<>();
        for (String line : report.split("\n")) {
            if (line.contains(": error:") || line.contains(": fatal:") || line.contains("Exception")) {
                String page = files.entrySet().stream().filter(f -> line.contains(f.getKey().getFileName().toString()))
                        .map(Map.Entry::getValue).findFirst().orElse("?");
                errors.add(page + " — " + line.replaceFirst("^\"?[^\"]*/", ""));
            }
        }
        return errors;
    }
}

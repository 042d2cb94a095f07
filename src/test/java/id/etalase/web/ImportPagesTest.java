package id.etalase.web;

import id.etalase.common.Sql;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import pages as an admin uses them: upload, the dry run's report, apply, and the links sent by WhatsApp. */
@QuarkusTest
class ImportPagesTest {

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;


    static byte[] sample(String run) {
        try (InputStream in = ImportPagesTest.class.getResourceAsStream("/import/anggota-berantakan.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("7777", run)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response upload(FormClient browser, String kind, String fileName, byte[] content) {
        String token = browser.token("/admin/impor");
        RequestSpecification request = browser.request().multiPart("csrf-token", token).multiPart("jenis", kind)
                .multiPart("berkas", fileName, content, "application/octet-stream");
        return request.post("/admin/impor/uji");
    }

    @Test
    void anAdminChecksAppliesAndSendsEachNewMemberALinkThatSetsThePassword() {
        FormClient admin = AdminPagesTest.admin();
        admin.get("/admin").then().statusCode(200).body(containsString("href=\"/admin/impor\""));
        String run = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
        Response report = upload(admin, "anggota", "anggota.csv", sample(run));
        assertEquals(200, report.statusCode(), report.asString());
        String html = report.asString();
        assertTrue(html.contains("Baru: 3 · diperbarui: 0 · tidak berubah: 0 · ditolak: 6"), html);
        assertTrue(html.contains("“(0721) 4821234” nomor telepon rumah/kantor, bukan nomor WhatsApp"), html);
        assertTrue(html.contains("Kabupaten/Kota: kabupaten/kota “Kabupaten Atlantis” tidak dikenal"), html);
        assertTrue(html.contains("WhatsApp: sama dengan baris 2 di berkas ini"), html);
        assertEquals(0, sql.count("select count(*) from member where whatsapp like ?", "62812" + run + "%"));

        Matcher token = Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]{43})\"").matcher(html);
        assertTrue(token.find(), "the report carries the token that applies this file");
        FormClient member = testMembers.approved("Bukan Admin Impor").browser();
        assertEquals(403, member.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", member.token("/akun")).formParam("token", token.group(1))
                .post("/admin/impor/terapkan").statusCode(), "a member cannot apply an admin's import");
        assertEquals(0, sql.count("select count(*) from member where whatsapp like ?", "62812" + run + "%"));

        Response applied = admin.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", admin.token("/admin/impor")).formParam("token", token.group(1))
                .post("/admin/impor/terapkan");
        assertEquals(200, applied.statusCode(), applied.asString());
        assertEquals(3, sql.count("select count(*) from member where whatsapp like ? and status = 'active'",
                "62812" + run + "%"));
        List<String> links = new ArrayList<>();
        Matcher link = Pattern.compile("value=\"(http://localhost:8080/sandi-baru\\?token=([A-Za-z0-9_-]{43}))\"")
                .matcher(applied.asString());
        while (link.find()) {
            links.add(link.group(2));
            assertTrue(applied.asString().contains("href=\"https://wa.me/"), "a WhatsApp chat per link");
        }
        assertEquals(3, links.size(), applied.asString());
        Matcher chat = Pattern.compile("href=\"(https://wa.me/62812" + run + "0001\\?text=[^\"]+)\"")
                .matcher(applied.asString());
        assertTrue(chat.find(), "a chat with the first member's number");
        String text = URLDecoder.decode(chat.group(1).substring(chat.group(1).indexOf("text=") + 5)
                .replace("&amp;", "&"), StandardCharsets.UTF_8);
        assertTrue(text.contains("Keripik Uji Satu") && text.contains("/sandi-baru?token=" + links.get(0)), text);

        FormClient owner = new FormClient();
        assertEquals(303, owner.submit("/sandi-baru?token=" + links.get(0), "/sandi-baru",
                Map.of("token", links.get(0), "password", "sandi-impor-baru")).statusCode());
        assertEquals(303, new FormClient().login("0812 " + run + " 0001", "sandi-impor-baru").statusCode(),
                "the imported member logs in with the password it set");
        owner.get("/akun").then().statusCode(200);

        admin.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", admin.token("/admin/impor")).formParam("token", token.group(1))
                .post("/admin/impor/terapkan").then().statusCode(303)
                .header("Location", containsString("/admin/impor?galat=kedaluwarsa"));
    }

    @Test
    void aFileWhoseRowsAreAllRefusedSaysSoAndARefusedSectorListsTheValidOnes() {
        FormClient admin = AdminPagesTest.admin();
        String run = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
        byte[] file = ("Nama usaha;Nama pemilik;WhatsApp;Skala;Sektor;Kabupaten/Kota\n"
                + "Emas Ditolak Uji;Sari;0812 " + run + " 0009;Mikro;Perhiasan Emas;Bandar Lampung\n")
                .getBytes(StandardCharsets.UTF_8);
        String html = upload(admin, "anggota", "anggota.csv", file).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Tidak ada yang bisa diterapkan: 1 baris ditolak."), html);
        assertFalse(html.contains("Tidak ada yang perlu diubah"), "nothing to change reads as all is well");
        assertTrue(html.contains("sektor “Perhiasan Emas” tidak dikenal; pilih salah satu: Kuliner (makanan &amp;"
                + " minuman), Fashion (tapis, batik, busana), Kerajinan"), html);
        assertFalse(html.contains("name=\"token\""), "nothing to apply");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedBesideTheField() {
        FormClient admin = AdminPagesTest.admin();
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };
        Response answer = upload(admin, "anggota", "anggota.csv", png);
        assertEquals(400, answer.statusCode());
        assertTrue(answer.asString().contains("id=\"berkas-anggota-error\">Berkas ini bukan CSV (UTF-8) atau Excel"),
                answer.asString());
        Response english = admin.request().multiPart("csrf-token", admin.token("/admin/impor"))
                .multiPart("jenis", "produk").multiPart("berkas", "x.xls", png, "application/octet-stream")
                .queryParam("lang", "en").post("/admin/impor/uji");
        assertEquals(400, english.statusCode());
        assertTrue(english.asString().contains("This file is not CSV (UTF-8) or Excel .xlsx"), english.asString());
    }

    @Test
    void templatesAndExportsDownloadAsCsvAndXlsxForAdminsOnly() {
        FormClient admin = AdminPagesTest.admin();
        admin.get("/admin/impor/templat?jenis=anggota&format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("\uFEFF\"Nama usaha\",\"Nama pemilik\",\"WhatsApp\",\"Skala\""));
        admin.get("/admin/impor/templat?jenis=produk&format=csv").then().statusCode(200)
                .body(startsWith("\uFEFF\"WhatsApp anggota\",\"ID produk\",\"Nama produk\""));
        byte[] xlsx = admin.get("/admin/impor/ekspor?jenis=anggota&format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1));
        admin.get("/admin/impor/ekspor?jenis=produk&format=pdf").then().statusCode(404);
        admin.get("/admin/impor?lang=en").then().statusCode(200).body(containsString("Spreadsheet import and export"));

        new FormClient().get("/admin/impor/ekspor?jenis=anggota&format=csv").then().statusCode(303);
        FormClient member = testMembers.approved("Pengekspor Bukan Admin").browser();
        member.get("/admin/impor/ekspor?jenis=anggota&format=csv").then().statusCode(403);
        member.get("/admin/impor").then().statusCode(403);
    }
}

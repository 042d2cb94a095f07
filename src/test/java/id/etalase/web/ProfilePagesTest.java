package id.etalase.web;

import id.etalase.account.AccountService;
import id.etalase.account.TestAccounts;
import id.etalase.catalog.TestImages;
import id.etalase.common.Sql;
import id.etalase.search.SearchTesting;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static id.etalase.account.TestAccounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProfilePagesTest {

    @Inject
    Sql sql;

    @Inject
    AccountService accounts;

    @Inject
    SearchTesting search;


    /** An active demo member with published products and no account yet, given one: its owner logs in. */
    FormClient ownerOfActiveMemberWithProducts(long[] memberId) {
        long id = ((Number) sql.single("select m.id from member m join product p on p.member_id = m.id"
                + " left join account a on a.member_id = m.id where m.status = 'active' and a.id is null"
                + " and p.status = 'published' group by m.id order by m.id desc limit 1")).longValue();
        memberId[0] = id;
        String phone = TestAccounts.newPhone();
        QuarkusTransaction.requiringNew().run(() -> accounts.createForMember(id, TestAccounts.stored(phone),
                PASSWORD));
        FormClient owner = new FormClient();
        assertEquals(303, owner.login(phone, PASSWORD).statusCode());
        return owner;
    }

    Map<String, String> profileOf(long id) {
        return profileOf(sql, id);
    }

    /** The profile form's fields as the member's page would send them now. */
    static Map<String, String> profileOf(Sql sql, long id) {
        List<Object> row = sql.row("select m.business_name, m.owner_name, m.scale, s.slug, d.code from member m"
                + " join sector s on s.id = m.sector_id join district d on d.id = m.district_id where m.id = ?", id);
        Map<String, String> form = new HashMap<>(Map.of("businessName", (String) row.get(0), "ownerName",
                (String) row.get(1), "scale", (String) row.get(2), "sector", (String) row.get(3), "district",
                (String) row.get(4)));
        return form;
    }

    @Test
    void anActiveMembersProfileChangeIsLiveAtOnceOnItsPageAndInSearch() throws Exception {
        search.awaitElasticsearchAnswering();
        long[] id = new long[1];
        FormClient owner = ownerOfActiveMemberWithProducts(id);
        String slug = (String) sql.single("select slug from member where id = ?", id[0]);
        owner.get("/akun/profil").then().statusCode(200)
                .body(containsString("value=\"" + profileOf(id[0]).get("businessName") + "\""));

        Map<String, String> form = profileOf(id[0]);
        form.put("businessName", "Dapur Profil Baru Uji");
        form.put("description", "Keripik tempe renyah buatan rumah sejak 2019.");
        form.put("nib", "1234 5678 9012 3");
        form.put("instagram", "https://www.instagram.com/dapur.profil/");
        form.put("bpom", "md 224128010027");
        form.put("shopeeUrl", "dapurprofil");
        form.put("tokopediaUrl", "tokopedia.com/dapurprofil");
        Response saved = owner.submit("/akun/profil", "/akun/profil", form);
        assertEquals(303, saved.statusCode(), saved.asString());
        assertEquals(List.of("Dapur Profil Baru Uji", "1234567890123", "dapur.profil", "MD 224128010027", slug,
                "https://shopee.co.id/dapurprofil", "https://www.tokopedia.com/dapurprofil"),
                sql.row("select business_name, nib, instagram, bpom, slug, shopee_url, tokopedia_url from member"
                        + " where id = ?", id[0]),
                "normalised (a shop name or an address without https:// completed); the slug stays so shared"
                        + " links keep working");

        given().when().get("/anggota/{slug}", slug).then().statusCode(200)
                .body(containsString("Dapur Profil Baru Uji"))
                .body(containsString("Keripik tempe renyah buatan rumah sejak 2019."));
        search.awaitIndexed();
        given().queryParam("member", slug).queryParam("size", 100).when().get("/api/v1/search").then()
                .statusCode(200)
                .body("items.member.name", everyItem(equalTo("Dapur Profil Baru Uji")));
    }

    @Test
    void aBrokenProfileComesBackWithPlainMessagesAndChangesNothing() {
        long[] id = new long[1];
        FormClient owner = ownerOfActiveMemberWithProducts(id);
        List<Object> before = sql.row("select business_name, nib, instagram, shopee_url, scale from member"
                + " where id = ?", id[0]);
        Map<String, String> form = profileOf(id[0]);
        form.put("businessName", "Nama Baru Yang Tidak Jadi");
        form.put("nib", "12AB");
        form.put("instagram", "bukan handle!");
        form.put("shopeeUrl", "https://evil.example/shop");
        form.put("scale", "besar");
        Response answer = owner.submit("/akun/profil", "/akun/profil", form);
        assertEquals(400, answer.statusCode());
        String html = answer.asString();
        for (String message : List.of("NIB terdiri dari 13 angka", "Tulis nama akun Instagram",
                "Tulis nama toko Shopee atau tempel alamatnya", "Pilih skala usaha dari daftar.")) {
            assertTrue(html.contains(message), message + " in " + html);
        }
        assertTrue(html.contains("value=\"Nama Baru Yang Tidak Jadi\""), "what was typed stays");
        assertEquals(before, sql.row("select business_name, nib, instagram, shopee_url, scale from member"
                + " where id = ?", id[0]));
    }

    @Test
    void aControlCharacterInAnyTextFieldIsRefusedBesideItAndTheMonthlyPdfStillOpens() {
        long[] id = new long[1];
        FormClient owner = ownerOfActiveMemberWithProducts(id);
        List<Object> before = sql.row("select owner_name, business_name, address, description from member"
                + " where id = ?", id[0]);
        Map<String, String> form = profileOf(id[0]);
        form.put("ownerName", "Owner\u0001");
        form.put("businessName", "Toko\u0000Nul");
        form.put("address", "Jl. Satu\nBaris Dua");
        form.put("description", "Baris satu\r\nbaris dua\u001b[31m");
        Response answer = owner.submit("/akun/profil", "/akun/profil", form);
        assertEquals(400, answer.statusCode(), answer.asString());
        String html = answer.asString();
        for (String field : List.of("ownerName", "businessName", "address", "description")) {
            assertTrue(besideField(html, field).contains("karakter kontrol"), "a message beside " + field + " in " + html);
        }
        assertEquals(before, sql.row("select owner_name, business_name, address, description from member"
                + " where id = ?", id[0]), "nothing stored");

        form = profileOf(id[0]);
        form.put("description", "Baris satu\r\nbaris dua\tdengan tab");
        assertEquals(303, owner.submit("/akun/profil", "/akun/profil", form).statusCode(),
                "a description keeps its line breaks and tabs");
        Response pdf = owner.get("/akun/laporan/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.contentType());
    }

    /** The field's own part of the form: from its input to the next field. */
    static String besideField(String html, String field) {
        int start = html.indexOf("id=\"" + field + "\"");
        assertTrue(start >= 0, field + " in " + html);
        int end = html.indexOf("<div class=\"field", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    @Test
    void aShopperWhoChoseEnglishReadsTheMessagesInEnglish() {
        long[] id = new long[1];
        FormClient owner = ownerOfActiveMemberWithProducts(id);
        Map<String, String> form = profileOf(id[0]);
        form.put("nib", "12AB");
        form.put("sector", "perhiasan");
        Response answer = owner.submit("/akun/profil?lang=en", "/akun/profil?lang=en", form);
        assertEquals(400, answer.statusCode());
        assertTrue(answer.asString().contains("An NIB has 13 digits"), answer.asString());
        assertTrue(answer.asString().contains("Choose a business sector from the list."), answer.asString());
    }

    @Test
    void aLogoShowsOnTheStorefrontAndABadFileIsRefusedBesideTheField() {
        long[] id = new long[1];
        FormClient owner = ownerOfActiveMemberWithProducts(id);
        String slug = (String) sql.single("select slug from member where id = ?", id[0]);
        Map<String, String> form = profileOf(id[0]);

        io.restassured.specification.RequestSpecification bad = owner.request().multiPart("csrf-token",
                owner.token("/akun/profil"));
        form.forEach(bad::multiPart);
        bad.multiPart("logo", "logo.jpg", "bukan gambar".getBytes(), "image/jpeg");
        Response refused = bad.post("/akun/profil");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("id=\"logo-error\""), refused.asString());
        assertTrue(refused.asString().contains("File ini bukan foto JPEG, PNG atau WebP."));
        assertEquals(null, sql.single("select logo_photo_id from member where id = ?", id[0]));

        io.restassured.specification.RequestSpecification good = owner.request().multiPart("csrf-token",
                owner.token("/akun/profil"));
        form.forEach(good::multiPart);
        good.multiPart("logo", "logo.png", TestImages.encode(
                TestImages.picture(300, 300), "png"), "image/png");
        assertEquals(303, good.post("/akun/profil").statusCode());
        given().when().get("/anggota/{slug}", slug).then().statusCode(200)
                .body(containsString("class=\"logo\" src=\"/foto/"));
        given().when().get("/api/v1/members/{slug}", slug).then().body("logo.small", org.hamcrest.Matchers
                .startsWith("/foto/"));

        Map<String, String> remove = new HashMap<>(form);
        remove.put("logoPhoto", String.valueOf(sql.single("select logo_photo_id from member where id = ?", id[0])));
        remove.put("removeLogo", "1");
        assertEquals(303, owner.submit("/akun/profil", "/akun/profil", remove).statusCode());
        assertEquals(null, sql.single("select logo_photo_id from member where id = ?", id[0]));
    }

    @Test
    void anAdminHasNoBusinessProfile() {
        FormClient admin = AdminPagesTest.admin();
        admin.get("/akun/profil").then().statusCode(404);
    }
}

package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One member cannot flood the catalogue: a cap on products that an admin can raise for one member, and a dashboard
 * that shows a seller's products a page at a time and finds one by its name.
 */
@QuarkusTest
class MemberCapsTest {

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;


    static RequestSpecification admin() {
        return given().auth().preemptive().basic(TestAccounts.stored(TestAccounts.ADMIN_PHONE),
                TestAccounts.ADMIN_PASSWORD).contentType("application/json");
    }

    static RequestSpecification as(TestMembers.Owner owner) {
        return given().auth().preemptive().basic(TestAccounts.stored(owner.phone()), TestAccounts.PASSWORD)
                .contentType("application/json");
    }

    static io.restassured.response.Response create(TestMembers.Owner owner, String name) {
        return as(owner).body(Map.of("name", name, "price", 10000, "sector", "kuliner"))
                .when().post("/api/v1/me/products");
    }

    long products(long member) {
        return sql.count("select count(*) from product where member_id = ?", member);
    }

    @Test
    void aMemberHasAtMostTheirCapOfProductsWhichAnAdminRaisesForThemAlone() {
        TestMembers.Owner owner = testMembers.registered("Batas Produk Uji");
        admin().when().get("/api/v1/admin/members/{id}/limits", owner.memberId()).then().statusCode(200)
                .body("maxProducts", nullValue())
                .body("products", equalTo(300))
                .body("stagedPhotos", equalTo(30));
        admin().body(Map.of("maxProducts", 2)).when().put("/api/v1/admin/members/{id}/limits", owner.memberId())
                .then().statusCode(200).body("maxProducts", equalTo(2)).body("products", equalTo(2));
        assertTrue(sql.count("select count(*) from audit_log where action = 'member.limits' and subject_id = ?",
                owner.memberId()) == 1, "the change is audited");

        create(owner, "Batas Satu Uji").then().statusCode(201);
        create(owner, "Batas Dua Uji").then().statusCode(201);
        create(owner, "Batas Tiga Uji").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Anda sudah punya 2 produk yang belum diarsipkan."));
        assertEquals(2, products(owner.memberId()));

        // Through the form the same.
        io.restassured.response.Response form = owner.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing("Batas Form Uji", "5000"));
        assertEquals(409, form.statusCode());
        assertTrue(form.asString().contains("Anda sudah punya 2 produk"), form.asString());
        assertEquals(2, products(owner.memberId()));

        // An archived product makes room.
        long first = ((Number) sql.single("select id from product where name = 'Batas Satu Uji'")).longValue();
        as(owner).when().post("/api/v1/me/products/{id}/archive", first).then().statusCode(200);
        create(owner, "Batas Tiga Uji").then().statusCode(201);

        admin().body(new HashMap<>(Map.of("maxProducts", -1))).when()
                .put("/api/v1/admin/members/{id}/limits", owner.memberId()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("maxProducts"));
        as(owner).body(Map.of("maxProducts", 1000)).when()
                .put("/api/v1/admin/members/{id}/limits", owner.memberId()).then().statusCode(403);
        assertEquals(2, ((Number) sql.single("select max_products from member where id = ?", owner.memberId()))
                .intValue(), "neither the refused value nor the member's own try changed it");

        TestMembers.Owner other = testMembers.registered("Batas Lain Uji");
        for (int i = 0; i < 3; i++) {
            create(other, "Batas Lain Uji " + i).then().statusCode(201);
        }
    }

    @Test
    void anAdminRaisesOneMembersCapsOnTheMembersPageAndTheMemberAtTheCapAddsOneMore() {
        TestMembers.Owner owner = testMembers.registered("Batas Halaman Uji");
        admin().body(Map.of("maxProducts", 1)).when().put("/api/v1/admin/members/{id}/limits", owner.memberId())
                .then().statusCode(200);
        create(owner, "Batas Halaman Satu Uji").then().statusCode(201);
        create(owner, "Batas Halaman Dua Uji").then().statusCode(409);
        FormClient admin = AdminPagesTest.admin();
        String page = "/admin/anggota/batas?member=" + owner.memberId();
        String list = admin.request().queryParam("q", "Batas Halaman").get("/admin/anggota")
                .asString();
        assertTrue(list.contains("href=\"" + page + "\""), "the member list links to the member's limits:\n" + list);
        String shown = admin.get(page).asString();
        assertTrue(shown.contains("Batas untuk Batas Halaman Uji"), shown);
        assertTrue(shown.contains("Produk yang belum diarsipkan: 1 dari paling banyak 1."), shown);
        assertTrue(shown.contains("Foto yang diunggah tetapi belum dipasang di produk: 0 dari paling banyak 30."),
                shown);
        assertTrue(shown.contains("name=\"maxProducts\" type=\"text\" value=\"1\""), shown);
        assertTrue(shown.contains("Kosongkan untuk memakai batas bawaan (300)."), shown);

        io.restassured.response.Response saved = admin.submit(page, "/admin/anggota/batas", Map.of("id",
                String.valueOf(owner.memberId()), "maxProducts", "2", "maxStagedPhotos", "45"));
        assertEquals(303, saved.statusCode(), saved.asString());
        String after = admin.get(saved.header("Location").replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(after.contains("Batas anggota disimpan dan langsung berlaku."), after);
        assertTrue(after.contains("Produk yang belum diarsipkan: 1 dari paling banyak 2."), after);
        assertEquals(List.of(2, 45), sql.row("select max_products, max_staged_photos from member where id = ?",
                owner.memberId()).stream().map(v -> ((Number) v).intValue()).toList());
        assertEquals(List.of("products=1, staged photos=default", "products=2, staged photos=45"), sql.row(
                "select before_state, after_state from audit_log where action = 'member.limits' and subject_id = ?"
                        + " order by id desc limit 1", owner.memberId()), "audited as the API's change is");

        create(owner, "Batas Halaman Dua Uji").then().statusCode(201);
        create(owner, "Batas Halaman Tiga Uji").then().statusCode(409);
        assertEquals(2, products(owner.memberId()), "one more, and no further");

        // A bad value comes back beside its field and changes nothing.
        for (String bad : List.of("-1", "banyak", "100001")) {
            io.restassured.response.Response refused = admin.submit(page, "/admin/anggota/batas", Map.of("id",
                    String.valueOf(owner.memberId()), "maxProducts", bad, "maxStagedPhotos", "45"));
            assertEquals(400, refused.statusCode(), bad);
            String html = refused.asString();
            assertTrue(html.contains("<p class=\"field-error\" id=\"maxProducts-error\">Tulis angka 0 sampai"
                    + " 100000, atau kosongkan untuk batas bawaan.</p>"), html);
            assertTrue(html.contains("value=\"" + bad + "\""), "the value comes back as typed");
            assertFalse(html.contains("maxStagedPhotos-error"), "only the bad field is named");
        }
        assertEquals(2, ((Number) sql.single("select max_products from member where id = ?", owner.memberId()))
                .intValue(), "the refused values changed nothing");

        // Empty goes back to the default.
        admin.submit(page, "/admin/anggota/batas", Map.of("id", String.valueOf(owner.memberId()), "maxProducts",
                "", "maxStagedPhotos", "45")).then().statusCode(303);
        assertEquals(null, sql.single("select max_products from member where id = ?", owner.memberId()));

        // Nobody but an admin sees or changes it: the member themself is refused.
        assertEquals(403, owner.browser().get(page).statusCode());
        String token = owner.browser().token("/akun/produk/baru");
        assertEquals(403, owner.browser().request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("id", owner.memberId()).formParam("maxProducts", "1000")
                .post("/admin/anggota/batas").statusCode());
        assertEquals(null, sql.single("select max_products from member where id = ?", owner.memberId()));
        assertEquals(404, admin.get("/admin/anggota/batas?member=999999999").statusCode());
    }

    @Test
    void theDashboardShowsASellersProductsAPageAtATimeAndFindsOneByName() {
        TestMembers.Owner owner = testMembers.registered("Halaman Produk Uji");
        String token = owner.browser().token("/akun/produk/baru");
        for (int i = 1; i <= 23; i++) {
            owner.browser().request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                    .formParams(ListingPagesTest.listing((i % 5 == 0 ? "Kopi Halaman " : "Keripik Halaman ") + i,
                            "1000"))
                    .post("/akun/produk/simpan").then().statusCode(303);
        }
        String first = owner.browser().get("/akun").asString();
        assertEquals(20, count(first, "<li class=\"queue-item\">"));
        assertTrue(first.contains("Produk 1–20 dari 23"), first);
        assertTrue(first.contains("Keripik Halaman 23"), "the newest first");
        assertTrue(first.contains("href=\"/akun?page=2\""), first);

        String second = owner.browser().get("/akun?page=2").asString();
        assertEquals(3, count(second, "<li class=\"queue-item\">"));
        assertTrue(second.contains("Produk 21–23 dari 23"), second);
        assertTrue(second.contains("Keripik Halaman 1 <small"), second);

        String found = owner.browser().get("/akun?q=kopi").asString();
        assertEquals(4, count(found, "<li class=\"queue-item\">"));
        assertFalse(found.contains("Keripik Halaman"), found);
        assertTrue(found.contains("value=\"kopi\""), "the search stays in its field");

        String none = owner.browser().get("/akun?q=50%25").asString();
        assertEquals(0, count(none, "<li class=\"queue-item\">"));
        assertTrue(none.contains("Tidak ada produk Anda yang cocok dengan"), none);
        assertEquals(200, owner.browser().get("/akun?page=abc").statusCode());
        assertTrue(owner.browser().get("/akun?page=99").asString().contains("Produk 21–23 dari 23"),
                "past the last page is the last page");
    }

    static int count(String html, String text) {
        Matcher matcher = Pattern.compile(Pattern.quote(text)).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}

package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
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

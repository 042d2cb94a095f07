package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.catalog.TestImages;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A suspended membership freezes what the member shows and proposes until an admin reinstates it: no new product,
 * edit, submission, photo or profile change reaches the catalogue or the admins' queue, through the pages or the
 * API; taking a product down stays allowed. The member can still log in and read why.
 */
@QuarkusTest
class SuspendedMemberTest {

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    static final String REFUSED = "Keanggotaan Anda sedang dihentikan sementara";

    @Test
    void aSuspendedMemberChangesNothingButMayTakeProductsDown() {
        TestMembers.Owner owner = testMembers.approved("Tangguh Beku Uji");
        int draft = MemberCapsTest.as(owner).body(Map.of("name", "Draf Beku Uji", "price", 5000, "sector", "kuliner"))
                .post("/api/v1/me/products").then().statusCode(201).extract().path("product.id");
        int live = MemberCapsTest.as(owner).body(Map.of("name", "Tayang Beku Uji", "price", 7000, "sector", "kuliner"))
                .queryParam("submit", true).post("/api/v1/me/products").then().statusCode(201)
                .extract().path("product.id");
        int version = MemberCapsTest.admin().get("/api/v1/admin/products/pending").then().statusCode(200)
                .extract().path("find { it.id == " + live + " }.version");
        MemberCapsTest.admin().queryParam("version", version).post("/api/v1/admin/products/{id}/approve", live).then()
                .statusCode(200);
        MemberCapsTest.admin().body(Map.of("reason", "Produk palsu dilaporkan")).post("/api/v1/admin/members/{id}/suspend",
                owner.memberId()).then().statusCode(200);
        String snapshot = snapshot(owner.memberId());

        // The API refuses every change, in the member's words, before it reads the body.
        List<Response> refused = List.of(
                MemberCapsTest.as(owner).body(Map.of("name", "Baru Beku Uji", "price", 1000, "sector", "kuliner"))
                        .post("/api/v1/me/products"),
                MemberCapsTest.as(owner).body(Map.of("name", "Diubah Beku Uji", "price", 7000, "sector", "kuliner"))
                        .put("/api/v1/me/products/{id}", live),
                MemberCapsTest.as(owner).body(Map.of("name", "Draf Diubah Uji", "price", 5000, "sector", "kuliner"))
                        .put("/api/v1/me/products/{id}", draft),
                MemberCapsTest.as(owner).post("/api/v1/me/products/{id}/submit", draft),
                MemberCapsTest.as(owner).contentType("image/png").body(TestImages.encode(TestImages.picture(400, 300), "png"))
                        .post("/api/v1/me/products/{id}/photos", draft),
                MemberCapsTest.as(owner).body(Map.of("businessName", "Nama Baru Beku", "ownerName", "Ibu Beku", "sector", "kuliner",
                        "district", "18.71", "scale", "mikro")).put("/api/v1/me/profile"));
        for (Response answer : refused) {
            answer.then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString(REFUSED));
        }
        assertEquals(snapshot, snapshot(owner.memberId()), "nothing changed");
        assertEquals(0, sql.count("select count(*) from product_revision where product_id = ?", live));
        assertEquals(0, sql.count("select count(*) from photo where member_id = ?", owner.memberId()));

        // The pages say why and offer no form; a form posted anyway is refused the same way.
        FormClient browser = new FormClient();
        assertEquals(303, browser.login(owner.phone(), TestAccounts.PASSWORD).statusCode());
        String dashboard = browser.get("/akun").then().statusCode(200).extract().asString();
        assertTrue(dashboard.contains("Produk Anda tidak tampil di portal ini"), dashboard);
        assertFalse(dashboard.contains("href=\"/akun/produk/baru\""), "no way to a new product");
        assertFalse(dashboard.contains("href=\"/akun/profil\""), "no way to the profile form");
        assertFalse(dashboard.contains("/akun/produk/ubah"), "no way to an edit");
        for (String form : List.of("/akun/produk/baru", "/akun/produk/ubah?id=" + draft, "/akun/profil")) {
            browser.get(form).then().statusCode(403).body(containsString(REFUSED));
        }
        Response posted = browser.submit("/akun", "/akun/produk/simpan", Map.of("name", "Form Beku Uji", "price",
                "5000", "sector", "kuliner", "aksi", "draf"));
        assertEquals(403, posted.statusCode());
        assertTrue(posted.asString().contains(REFUSED), posted.asString());
        assertEquals(snapshot, snapshot(owner.memberId()), "nothing changed through the pages either");

        // Taking a product down is still the member's own call.
        assertEquals(303, browser.submit("/akun", "/akun/produk/arsipkan", Map.of("id", String.valueOf(live)))
                .statusCode());
        assertEquals("archived", sql.single("select status from product where id = ?", live));

        // Reinstated, the member changes things again.
        MemberCapsTest.admin().post("/api/v1/admin/members/{id}/reactivate", owner.memberId()).then().statusCode(200);
        MemberCapsTest.as(owner).body(Map.of("name", "Draf Diubah Uji", "price", 5000, "sector", "kuliner"))
                .put("/api/v1/me/products/{id}", draft).then().statusCode(200)
                .body("product.name", equalTo("Draf Diubah Uji"));
    }

    /** The member's products and profile as the database holds them. */
    private String snapshot(long member) {
        return sql.column("select concat_ws('|', id, name, price, status, version) from product where member_id = ?"
                + " order by id", member) + " " + sql.single("select concat_ws('|', business_name, owner_name,"
                + " logo_photo_id, version) from member where id = ?", member);
    }
}

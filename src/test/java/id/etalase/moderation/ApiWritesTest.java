package id.etalase.moderation;

import id.etalase.account.TestAccounts;
import id.etalase.catalog.TestImages;
import id.etalase.common.Sql;
import id.etalase.web.TestMembers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The member's and the admins' writes through the JSON API: the same rules as the pages, problem+json answers. */
@QuarkusTest
class ApiWritesTest {

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;


    static RequestSpecification as(String phone, String password) {
        return given().auth().preemptive().basic(TestAccounts.stored(phone), password).contentType("application/json");
    }

    static RequestSpecification admin() {
        return as(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD);
    }

    @Test
    void aMemberListsAProductThatAnAdminPublishesAndEditsItThroughTheApi() {
        TestMembers.Owner owner = testMembers.approved("Api Penjual Uji");
        int id = as(owner.phone(), TestAccounts.PASSWORD)
                .body(Map.of("name", "Madu Api Uji", "price", 85000, "unit", "botol", "sector", "kuliner"))
                .queryParam("submit", true)
                .when().post("/api/v1/me/products").then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("outcome", equalTo("SUBMITTED"))
                .body("product.status", equalTo("pending"))
                .body("product.price", equalTo(85000))
                .extract().path("product.id");
        int version = admin().when().get("/api/v1/admin/products/pending").then().statusCode(200)
                .body("name", hasItem("Madu Api Uji"))
                .extract().path("find { it.id == " + id + " }.version");
        admin().when().post("/api/v1/admin/products/{id}/approve", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("version"));
        admin().queryParam("version", version).when().post("/api/v1/admin/products/{id}/approve", id).then()
                .statusCode(200)
                .body("after", equalTo("status=published"));
        admin().queryParam("version", version).when().post("/api/v1/admin/products/{id}/approve", id).then()
                .statusCode(409)
                .contentType("application/problem+json");

        as(owner.phone(), TestAccounts.PASSWORD)
                .body(Map.of("name", "Madu Hutan Api Uji", "price", 85000, "unit", "botol", "sector", "kuliner"))
                .when().put("/api/v1/me/products/{id}", id).then().statusCode(200)
                .body("outcome", equalTo("REVISION_PENDING"))
                .body("product.name", equalTo("Madu Api Uji"))
                .body("product.revisionPending", equalTo(true));
        Map<String, Object> pending = admin().when().get("/api/v1/admin/revisions/pending").then().statusCode(200)
                .extract().path("find { it.productId == " + id + " }");
        admin().body(Map.of("reason", "Nama terlalu umum.")).queryParam("version", pending.get("version")).when()
                .post("/api/v1/admin/revisions/{id}/reject", pending.get("id")).then().statusCode(200);
        assertEquals("Madu Api Uji", sql.single("select name from product where id = ?", id));
        as(owner.phone(), TestAccounts.PASSWORD).when().get("/api/v1/me/products/{id}", id).then()
                .body("revisionNote", equalTo("Nama terlalu umum."));
        as(owner.phone(), TestAccounts.PASSWORD).when().post("/api/v1/me/products/{id}/archive", id).then()
                .statusCode(200).body("status", equalTo("archived"));
        assertEquals(2, sql.count("select count(*) from audit_log where subject_type = 'product'"
                + " and subject_id = ? and action in ('product.approve', 'revision.reject')", id));
    }

    @Test
    void badInputAnswersProblemJsonNamingEachField() {
        TestMembers.Owner owner = testMembers.approved("Api Isian Salah Uji");
        long before = sql.count("select count(*) from product where member_id = ?", owner.memberId());
        as(owner.phone(), TestAccounts.PASSWORD)
                .body(Map.of("name", " ", "price", -5, "sector", "perhiasan"))
                .when().post("/api/v1/me/products").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("price"))
                .body("errors.find { it.field == 'sector' }.message", equalTo("Pilih sektor usaha dari daftar."));
        as(owner.phone(), TestAccounts.PASSWORD).when().post("/api/v1/me/products").then()
                .statusCode(400).contentType("application/problem+json");
        as(owner.phone(), TestAccounts.PASSWORD).body("{\"name\": ").when().post("/api/v1/me/products").then()
                .statusCode(400).contentType("application/problem+json");
        as(owner.phone(), TestAccounts.PASSWORD).body(Map.of("nib", "12AB", "sector", "kuliner",
                "district", "18.71", "businessName", "X", "ownerName", "Y"))
                .when().put("/api/v1/me/profile").then()
                .statusCode(400)
                .body("errors.find { it.field == 'nib' }.code", equalTo("etalase.member.nib"));
        assertEquals(before, sql.count("select count(*) from product where member_id = ?", owner.memberId()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProfileReadsAndChangesThroughTheApi() {
        TestMembers.Owner owner = testMembers.approved("Api Profil Uji");
        Map<String, Object> profile = as(owner.phone(), TestAccounts.PASSWORD).when().get("/api/v1/me/profile")
                .then().statusCode(200).body("businessName", equalTo("Api Profil Uji")).extract().as(Map.class);
        profile.put("description", "Dari API.");
        profile.put("nib", "1234567890123");
        as(owner.phone(), TestAccounts.PASSWORD).body(profile).when().put("/api/v1/me/profile").then()
                .statusCode(200).body("description", equalTo("Dari API.")).body("nib", equalTo("1234567890123"));
    }

    @Test
    void photosGoUpOneByOneAsTheBodyAndAreOrderedByAList() {
        TestMembers.Owner owner = testMembers.approved("Api Foto Uji");
        int id = as(owner.phone(), TestAccounts.PASSWORD)
                .body(Map.of("name", "Keripik Api Foto Uji", "price", 12000, "sector", "kuliner"))
                .when().post("/api/v1/me/products").then().statusCode(201).extract().path("product.id");
        for (int width : new int[] { 600, 700 }) {
            given().auth().preemptive().basic(TestAccounts.stored(owner.phone()), TestAccounts.PASSWORD)
                    .contentType("image/png").body(TestImages.encode(TestImages.picture(width, 400), "png"))
                    .when().post("/api/v1/me/products/{id}/photos", id).then().statusCode(200)
                    .body("outcome", equalTo("UPDATED"));
        }
        java.util.List<Object> stored = sql.column("select id from photo where product_id = ? order by position", id);
        assertEquals(2, stored.size());
        given().auth().preemptive().basic(TestAccounts.stored(owner.phone()), TestAccounts.PASSWORD)
                .contentType("image/jpeg").body("bukan foto".getBytes())
                .when().post("/api/v1/me/products/{id}/photos", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("photo_notAnImage"));
        as(owner.phone(), TestAccounts.PASSWORD).body(java.util.List.of(stored.get(1))).when()
                .put("/api/v1/me/products/{id}/photos", id).then().statusCode(200)
                .body("photos.id", equalTo(java.util.List.of(((Number) stored.get(1)).intValue())));
        assertEquals(java.util.List.of(stored.get(1)), sql.column("select id from photo where product_id = ?", id),
                "the other photo is gone, the kept one is the cover");
        TestMembers.Owner other = testMembers.approved("Api Foto Lain Uji");
        as(other.phone(), TestAccounts.PASSWORD).body(java.util.List.of()).when()
                .put("/api/v1/me/products/{id}/photos", id).then().statusCode(404);
        assertEquals(1, sql.count("select count(*) from photo where product_id = ?", id));
    }
}

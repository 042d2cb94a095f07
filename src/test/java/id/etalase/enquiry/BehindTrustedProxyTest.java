package id.etalase.enquiry;

import id.etalase.common.Sql;
import id.etalase.testing.Listings;
import id.etalase.web.TestMembers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Behind a trusted proxy its X-Forwarded-* headers are the client's: address, host and scheme. */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
class BehindTrustedProxyTest {

    static final String PHONE = "Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile Safari/537.36 proxy-test";

    @Inject
    Sql sql;

    @Inject
    Listings listings;

    @Inject
    TestMembers testMembers;

    @Test
    void theProxysForwardedAddressIsTheClient() {
        DemoProduct product = DemoProduct.created(listings, testMembers, sql);
        long before = enquiries(product);
        for (String shopper : new String[] { "203.0.113.71", "203.0.113.72", "203.0.113.71" }) {
            given().redirects().follow(false).header("X-Forwarded-For", shopper).header("User-Agent", PHONE)
                    .when().get("/produk/{slug}/whatsapp", product.slug()).then().statusCode(303);
        }
        assertEquals(before + 2, enquiries(product), "two shoppers behind one proxy, one of them twice");
    }

    @Test
    void theProxysForwardedHostAndSchemeAreThePortals() {
        DemoProduct product = DemoProduct.created(listings, testMembers, sql);
        given().redirects().follow(false).header("X-Forwarded-For", "203.0.113.73").header("User-Agent", PHONE)
                .header("X-Forwarded-Host", "etalase.example").header("X-Forwarded-Proto", "https")
                .header("Referer", "https://etalase.example/kategori/kuliner?page=3")
                .when().get("/produk/{slug}/whatsapp", product.slug()).then().statusCode(303)
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
        assertEquals("/kategori/kuliner", sql.single("select source_page from enquiry where product_id = ?"
                + " order by id desc limit 1", product.id()));
        given().when().get("/").then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    private long enquiries(DemoProduct product) {
        return sql.count("select count(*) from enquiry where product_id = ?", product.id());
    }
}

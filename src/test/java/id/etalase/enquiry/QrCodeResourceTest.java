package id.etalase.enquiry;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class QrCodeResourceTest {

    @Inject
    Sql sql;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aProductsQrCodeReadsAsItsPageUrl() throws Exception {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 1");
        BufferedImage image = qrCode("/produk/" + slug + "/qr.png");
        assertEquals("http://localhost:8080/produk/" + slug, read(image));
    }

    @Test
    void aMembersQrCodeReadsAsItsPageUrl() throws Exception {
        String slug = (String) sql.single("select slug from member where status = 'active' order by id limit 1");
        BufferedImage image = qrCode("/anggota/" + slug + "/qr.png");
        assertEquals("http://localhost:8080/anggota/" + slug, read(image));
    }

    @Test
    void unknownUnpublishedOrPendingPagesHaveNoQrCode() {
        String draft = (String) sql.single("select slug from product where status = 'draft' order by id limit 1");
        String pending = (String) sql.single("select slug from member where status = 'pending' order by id limit 1");
        for (String path : List.of("/produk/tidak-ada/qr.png", "/produk/" + draft + "/qr.png",
                "/anggota/tidak-ada/qr.png", "/anggota/" + pending + "/qr.png")) {
            given().when().get(path).then()
                    .statusCode(404)
                    .contentType(startsWith("text/html"))
                    .body(containsString("Halaman tidak ditemukan"));
        }
    }

    @Test
    void thePagesThemselvesAreNotShadowedByTheQrAndChatRoutes() {
        String product = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " order by p.id limit 1");
        String member = (String) sql.single("select slug from member where status = 'active' order by id limit 1");
        for (String path : List.of("/produk/" + product, "/anggota/" + member)) {
            given().when().get(path).then()
                    .statusCode(200)
                    .contentType(startsWith("text/html"));
        }
    }

    private BufferedImage qrCode(String path) throws Exception {
        byte[] png = given().when().get(path).then()
                .statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", "public, max-age=86400")
                .extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(600, image.getWidth());
        assertEquals(600, image.getHeight());
        return image;
    }

    private static String read(BufferedImage image) throws Exception {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }
}

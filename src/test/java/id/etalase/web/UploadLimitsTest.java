package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.catalog.TestImages;
import id.etalase.common.Sql;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads cannot sink a replica: a file is never read into memory before its size is checked, a form's files are
 * counted before any is decoded, a large photo is decoded at the size it is stored at, and a member keeps only so many
 * photos that are not on a product. The huge bodies here are generated while they are sent, never held.
 */
@QuarkusTest
class UploadLimitsTest {

    /** 100 MB (just under the body limit, so that the form gets through to the listing form's checks). */
    static final long HUNDRED_MB = 100_000_000L;

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    Path uploads;

    /** A browser of its own (java.net.http, which streams a body from an InputStream) logged in as the member. */
    final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Browser(String phone) throws Exception {
            String token = token("/masuk");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("/masuk"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + encode(token) + "&whatsapp="
                            + encode(phone) + "&password=" + encode(TestAccounts.PASSWORD))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, login.statusCode(), login.body());
        }

        String token(String page) throws Exception {
            String html = client.send(HttpRequest.newBuilder(base.resolve(page)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
            assertTrue(token.find(), html);
            return token.group(1);
        }

        /** The listing form with these fields and one file part streamed from {@code file} ({@code size} bytes). */
        CompletableFuture<HttpResponse<String>> sendListing(String token, Map<String, String> fields,
                InputStream file, long size) {
            String boundary = "etalase-uji-" + System.nanoTime();
            StringBuilder head = new StringBuilder();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("csrf-token", token);
            all.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data;"
                    + " name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"photos\";"
                    + " filename=\"besar.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n");
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            InputStream body = new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(start), file),
                    new ByteArrayInputStream(end));
            return client.sendAsync(HttpRequest.newBuilder(base.resolve("/akun/produk/simpan"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                            () -> body), start.length + size + end.length)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    long photos(long member) {
        return sql.count("select count(*) from photo where member_id = ?", member);
    }

    @Test
    void eightParallelHundredMegabyteUploadsFromAPendingMemberEachGetTheirRefusalAndNothingIsKept()
            throws Exception {
        TestMembers.Owner owner = testMembers.registered("Unggahan Besar Uji");
        Browser browser = new Browser(owner.phone());
        String token = browser.token("/akun/produk/baru");
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(browser.sendListing(token, ListingPagesTest.listing("Foto Besar Uji " + i, "1000"),
                    TestImages.jpegStart(HUNDRED_MB), HUNDRED_MB));
        }
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            HttpResponse<String> response = answer.join();
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("Foto lebih dari 15 MB."), response.body());
            assertTrue(response.body().contains("value=\"Foto Besar Uji "), "the form comes back as typed");
        }
        assertEquals(0, photos(owner.memberId()), "no photo kept");
        assertEquals(0, sql.count("select count(*) from product where member_id = ?", owner.memberId()));

        given().when().get("/").then().statusCode(200);
        owner.browser().get("/akun").then().statusCode(200);
    }

    @Test
    void tenFortyMegapixelPngsInOneFormAreRefusedTogetherBeforeAnyIsDecoded(@TempDir Path directory)
            throws Exception {
        TestMembers.Owner owner = testMembers.registered("Png Raksasa Uji");
        byte[] png = Files.readAllBytes(TestImages.png16(directory.resolve("besar.png"), 8000, 5000));
        Map<String, byte[]> ten = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            ten.put("besar" + i + ".png", png);
        }
        Response answer = ListingPhotosTest.send(owner.browser(), "/akun/produk/baru",
                ListingPagesTest.listing("Sepuluh Png Uji", "1000"), List.of(), ten);
        assertEquals(400, answer.statusCode());
        assertTrue(answer.asString().contains("Paling banyak 6 foto per produk."), answer.asString());
        assertEquals(0, photos(owner.memberId()), "none was decoded and kept");
    }

    @Test
    void aFortyMegapixelPngThroughTheApiIsStoredAtItsSizesAndAHugeBodyIsRefusedWithoutAFileLeft(
            @TempDir Path directory) throws Exception {
        TestMembers.Owner owner = testMembers.registered("Api Unggah Uji");
        int id = api(owner).contentType("application/json")
                .body(Map.of("name", "Kain Api Unggah Uji", "price", 150000, "sector", "kuliner"))
                .when().post("/api/v1/me/products").then().statusCode(201).extract().path("product.id");
        Path png = TestImages.png16(directory.resolve("besar.png"), 8000, 5000);
        api(owner).contentType("image/png").body(png.toFile())
                .when().post("/api/v1/me/products/{id}/photos", id).then().statusCode(200)
                .body("photos[0].width", equalTo(1200));
        assertEquals(List.of(1200L, 750L), sql.row("select width, height from photo where product_id = ?", id));

        // Declared as 100 MB: refused before the body is read.
        HttpResponse<String> declared = HttpClient.newHttpClient().send(apiPost(owner, id)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> TestImages.jpegStart(HUNDRED_MB)), HUNDRED_MB)).build(), HttpResponse.BodyHandlers.ofString());
        assertRefusedAsTooLarge(declared);
        // Sent in chunks without a length: refused as it passes 15 MB, and its file is gone.
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(apiPost(owner, id)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> TestImages.jpegStart(HUNDRED_MB))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefusedAsTooLarge(chunked);
        assertEquals(1, photos(owner.memberId()));
        try (Stream<Path> left = Files.exists(uploads) ? Files.list(uploads) : Stream.empty()) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("photo-")).toList(),
                    "no received photo stays in the uploads directory");
        }
    }

    private static void assertRefusedAsTooLarge(HttpResponse<String> answer) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("\"code\":\"photo_tooLarge\""), answer.body());
    }

    private HttpRequest.Builder apiPost(TestMembers.Owner owner, int id) {
        String basic = java.util.Base64.getEncoder().encodeToString((TestAccounts.stored(owner.phone()) + ":"
                + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve("/api/v1/me/products/" + id + "/photos"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "image/jpeg");
    }

    private static io.restassured.specification.RequestSpecification api(TestMembers.Owner owner) {
        return given().auth().preemptive().basic(TestAccounts.stored(owner.phone()), TestAccounts.PASSWORD);
    }

    @Test
    void aMemberKeepsOnlySoManyPhotosThatAreNotOnAProductAndAnAdminCanRaiseIt() throws IOException {
        TestMembers.Owner owner = testMembers.registered("Kuota Foto Uji");
        MemberCapsTest.admin().body(Map.of("maxStagedPhotos", 2))
                .when().put("/api/v1/admin/members/{id}/limits", owner.memberId()).then().statusCode(200)
                .body("stagedPhotos", equalTo(2));
        Map<String, byte[]> three = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            three.put("foto" + i + ".jpg", TestImages.encode(TestImages.picture(300 + i, 200), "jpeg"));
        }
        // No name: the form comes back, and the photos wait for it, not yet on a product.
        Map<String, String> unnamed = ListingPagesTest.listing("", "1000");
        Response answer = ListingPhotosTest.send(owner.browser(), "/akun/produk/baru", unnamed, List.of(), three);
        assertEquals(400, answer.statusCode());
        assertTrue(answer.asString().contains("Sudah ada 2 foto yang Anda unggah tetapi belum dipasang di produk."),
                answer.asString());
        assertEquals(2, photos(owner.memberId()));

        Response again = ListingPhotosTest.send(owner.browser(), "/akun/produk/baru", unnamed, List.of(),
                Map.of("lagi.jpg", TestImages.encode(TestImages.picture(320, 200), "jpeg")));
        assertTrue(again.asString().contains("Sudah ada 2 foto"), again.asString());
        assertEquals(2, photos(owner.memberId()), "the quota holds across forms");

        MemberCapsTest.admin().body(Map.of("maxStagedPhotos", 3))
                .when().put("/api/v1/admin/members/{id}/limits", owner.memberId()).then().statusCode(200);
        ListingPhotosTest.send(owner.browser(), "/akun/produk/baru", unnamed, List.of(),
                Map.of("lagi.jpg", TestImages.encode(TestImages.picture(320, 200), "jpeg")));
        assertEquals(3, photos(owner.memberId()), "raised for this member");
    }
}

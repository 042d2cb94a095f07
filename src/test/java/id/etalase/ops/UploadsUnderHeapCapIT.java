package id.etalase.ops;

import id.etalase.account.TestAccounts;
import id.etalase.catalog.TestImages;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's test: with the heap capped at 512 MB and the JVM told to exit on an OutOfMemoryError (as the image
 * runs it), eight parallel 100 MB uploads and ten 40-megapixel PNGs from a pending member leave the portal answering,
 * each upload with its own clear answer, no file left behind and no photo kept beyond the member's quota. Run in the
 * shared test JVM this proves nothing (its heap is large), so the packaged app runs in a process of its own.
 */
class UploadsUnderHeapCapIT {

    static final String DB_URL = System.getenv().getOrDefault("DB_TEST_URL", Databases.url("etalase_test"));
    /** The unit tests' index of the same database: the app finds it built and starts without rebuilding it. */
    static final String ALIAS = System.getProperty("%test.etalase.search.alias", "test_products");
    /** Just under the body limit, so that each form gets through to the listing form's checks. */
    static final long HUNDRED_MB = 100_000_000L;
    static final int STAGED_QUOTA = 4;
    static final String QUOTA_FULL = "Sudah ada " + STAGED_QUOTA + " foto yang Anda unggah tetapi belum dipasang"
            + " di produk.";
    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern KEPT = Pattern.compile("name=\"photo\" value=\"(\\d+)\"");

    @Test
    void eightHundredMegabyteUploadsAndTenFortyMegapixelPngsAtOnceLeaveTheAppAnswering(@TempDir Path directory)
            throws Exception {
        Path temporary = Files.createDirectories(directory.resolve("tmp"));
        Path uploads = temporary.resolve("etalase-uploads");
        byte[] png = Files.readAllBytes(TestImages.png16(directory.resolve("besar.png"), 8000, 5000));
        try (PackagedApp app = PackagedApp.start("uploads-heap", DB_URL, ALIAS, Map.of(), List.of("-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + temporary))) {
            app.awaitReady(Duration.ofSeconds(120));
            Browser member = new Browser(app.base());
            String phone = TestAccounts.newPhone();
            member.register(phone);
            long memberId = number("select id from member where whatsapp = ? and status = 'pending'",
                    TestAccounts.stored(phone));
            HttpResponse<String> quota = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.base()
                    + "/api/v1/admin/members/" + memberId + "/limits")).header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((TestAccounts.stored(
                            TestAccounts.ADMIN_PHONE) + ":" + TestAccounts.ADMIN_PASSWORD).getBytes(
                                    StandardCharsets.UTF_8)))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"maxStagedPhotos\":" + STAGED_QUOTA + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, quota.statusCode(), quota.body());

            String token = member.token("/akun/produk/baru");
            List<CompletableFuture<HttpResponse<String>>> large = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> pngs = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                if (i < 8) {
                    large.add(member.sendListing(token, "Foto Besar IT " + i, "besar.jpg", "image/jpeg",
                            TestImages.jpegStart(HUNDRED_MB), HUNDRED_MB));
                }
                // No name: the form comes back, and a photo kept waits for it (counted against the quota).
                pngs.add(member.sendListing(token, "", "besar" + i + ".png", "image/png",
                        new ByteArrayInputStream(png), png.length));
            }

            for (CompletableFuture<HttpResponse<String>> sent : large) {
                HttpResponse<String> answer = sent.join();
                assertEquals(400, answer.statusCode(), answer.body());
                // Refused for its size, or unread when the PNGs have filled the quota first.
                assertTrue(answer.body().contains("Foto lebih dari 15 MB.") || answer.body().contains(QUOTA_FULL),
                        answer.body());
                assertFalse(KEPT.matcher(answer.body()).find(), answer.body());
                assertTrue(answer.body().contains("value=\"Foto Besar IT "), "the form comes back as typed");
            }
            List<Long> kept = new ArrayList<>();
            int refused = 0;
            for (CompletableFuture<HttpResponse<String>> sent : pngs) {
                HttpResponse<String> answer = sent.join();
                assertEquals(400, answer.statusCode(), answer.body());
                Matcher photo = KEPT.matcher(answer.body());
                if (photo.find()) {
                    kept.add(Long.valueOf(photo.group(1)));
                    assertFalse(photo.find(), "one photo per form");
                } else {
                    assertTrue(answer.body().contains(QUOTA_FULL), answer.body());
                    refused++;
                }
            }
            assertEquals(STAGED_QUOTA, kept.size(), "kept up to the quota");
            assertEquals(10 - STAGED_QUOTA, refused);

            assertTrue(app.alive(), "the app survived:\n" + app.output());
            assertEquals(200, get(app.base() + "/q/health/live").statusCode());
            HttpResponse<String> home = get(app.base() + "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("</html>"), home.body());
            assertEquals(200, member.get("/akun").statusCode(), "the member's own page answers too");
            assertFalse(app.output().contains("OutOfMemoryError"), app.output());

            assertEquals(0, number("select count(*) from product where member_id = ?", memberId), "no product");
            assertEquals(kept.stream().sorted().toList(), longs("select id from photo where member_id = ?"
                    + " and product_id is null and width = 1200 and height = 750 order by id", memberId),
                    "the kept photos, each downscaled, and no other");
            awaitEmpty(uploads);
        }
    }

    /** A browser of its own (java.net.http streams a body from an InputStream) with a cookie jar. */
    static final class Browser {
        private final String base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Browser(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String token(String page) throws IOException, InterruptedException {
            String html = get(page).body();
            Matcher token = TOKEN.matcher(html);
            assertTrue(token.find(), html);
            return token.group(1);
        }

        /** Registers a business through /daftar: pending and logged in. */
        void register(String phone) throws IOException, InterruptedException {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("csrf-token", token("/daftar"));
            form.put("businessName", "Unggahan Berat IT " + phone.substring(phone.length() - 6));
            form.put("ownerName", "Siti Aminah");
            form.put("whatsapp", phone);
            form.put("sector", "kuliner");
            form.put("district", "18.71");
            form.put("password", TestAccounts.PASSWORD);
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/daftar"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, answer.statusCode(), answer.body());
        }

        /** The listing form with this name and one file part streamed from {@code file} ({@code size} bytes). */
        CompletableFuture<HttpResponse<String>> sendListing(String token, String name, String filename,
                String type, InputStream file, long size) {
            String boundary = "etalase-it-" + UUID.randomUUID();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("csrf-token", token);
            fields.put("name", name);
            fields.put("description", "Dibuat setiap pagi dari bahan segar.");
            fields.put("price", "1000");
            fields.put("unit", "bungkus");
            fields.put("sector", "kuliner");
            fields.put("aksi", "ajukan");
            StringBuilder head = new StringBuilder();
            fields.forEach((field, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition:"
                    + " form-data; name=\"").append(field).append("\"\r\n\r\n").append(value).append("\r\n"));
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"")
                    .append(filename).append("\"\r\nContent-Type: ").append(type).append("\r\n\r\n");
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            InputStream body = new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(start), file),
                    new ByteArrayInputStream(end));
            return client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/akun/produk/simpan"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                            () -> body), start.length + size + end.length)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The uploads directory holds no file. A form's files are deleted as its request ends, which may be just after
     * its answer was sent, so this waits for that (a bounded wait, as PackagedApp waits for the app to be ready).
     */
    static void awaitEmpty(Path uploads) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Path> left = files(uploads);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = files(uploads);
        }
        assertEquals(List.of(), left, "no upload stays in the uploads directory");
    }

    private static List<Path> files(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    static long number(String sql, Object... parameters) throws SQLException {
        return longs(sql, parameters).get(0);
    }

    static List<Long> longs(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_URL, "etalase", "etalase");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
            return values;
        }
    }
}

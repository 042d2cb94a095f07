package id.etalase.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URLs crafted to break out of the portal or overflow a number answer a plain 404, never a link elsewhere or a 500. */
@QuarkusTest
class HostileUrlsTest {

    static final Pattern LANGUAGE_LINK = Pattern.compile("class=\"lang\" href=\"([^\"]*)\"");

    @TestHTTPResource("/")
    URL base;

    private HttpResponse<String> raw(String path) throws Exception {
        String root = base.toString().replaceAll("/$", "");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path as written, unescaped, the way some browsers do: java.net.URI would refuse it. */
    private String requestLine(String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Accept-Language: id\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void theLanguageSwitchOfADoubleSlashPathStaysOnThePortal() throws Exception {
        for (String path : new String[] { "//evil.example/x", "///evil.example/x?q=1", "/%5Cevil.example/x" }) {
            HttpResponse<String> page = raw(path);
            assertEquals(404, page.statusCode(), path);
            Matcher link = LANGUAGE_LINK.matcher(page.body());
            assertTrue(link.find(), page.body());
            String href = link.group(1).replace("&amp;", "&");
            assertTrue(href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\"), href);
            assertTrue(href.contains("lang=en"), href);
        }
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsQuery() throws Exception {
        Matcher link = LANGUAGE_LINK.matcher(raw("/cari?q=kopi&sort=name").body());
        assertTrue(link.find());
        assertEquals("/cari?q=kopi&sort=name&lang=en", link.group(1).replace("&amp;", "&"));
    }

    @Test
    void charactersBrowsersSendUnescapedInAQueryStillGiveAPage() throws Exception {
        for (String path : new String[] { "/cari?q=kopi|teh", "/cari?q={kopi}^`", "/kategori/kuliner?q={x}",
                "/produk/tidak-ada?x=|" }) {
            String answer = requestLine(path);
            assertFalse(answer.startsWith("HTTP/1.1 5"), path + "\n" + answer);
            if (answer.startsWith("HTTP/1.1 400")) {
                continue; // refused by the HTTP server itself, before any page
            }
            assertTrue(answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.1 404"), path + "\n" + answer);
            Matcher link = LANGUAGE_LINK.matcher(answer);
            assertTrue(link.find(), path);
            assertFalse(link.group(1).matches(".*[|{}^`].*"), link.group(1));
        }
        Matcher link = LANGUAGE_LINK.matcher(raw("/cari?q=kopi%7Cteh").body());
        assertTrue(link.find());
        assertEquals("/cari?q=kopi%7Cteh&lang=en", link.group(1).replace("&amp;", "&"));
    }

    @Test
    void sitemapFilesPastTheLastAreNotFound() throws Exception {
        given().when().get("/sitemap/products-1.xml").then().statusCode(200).body(containsString("/produk/"));
        for (String file : new String[] { "2", "214749", "999999", "0" }) {
            HttpResponse<String> answer = raw("/sitemap/products-" + file + ".xml");
            assertEquals(404, answer.statusCode(), file);
            assertFalse(answer.body().contains("Exception"), answer.body());
        }
    }
}

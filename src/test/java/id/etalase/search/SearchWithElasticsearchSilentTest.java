package id.etalase.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.etalase.common.Sql;
import id.etalase.testing.Listings;
import id.etalase.testing.Listings.Listed;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elasticsearch that accepts connections and never answers (a long GC pause, an overloaded cluster, a dropped link):
 * shoppers get their pages from the database fallback instead of waiting, writes wait safely in the outbox, and
 * search returns to Elasticsearch by itself once it answers again.
 */
@QuarkusTest
@TestProfile(ElasticsearchBehindProxyProfile.class)
class SearchWithElasticsearchSilentTest {

    static final TcpProxy ELASTICSEARCH = ElasticsearchBehindProxyProfile.proxy();
    /** Far below the 30 s a silent node used to cost, far above the 1–2 s it should: a hang detector, not a benchmark. */
    static final Duration HANG = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL base;

    @Inject
    Sql sql;

    @Inject
    SearchTesting searchTesting;

    @Inject
    SearchOutbox outbox;

    @Inject
    Listings listings;

    @Inject
    ElasticsearchGate gate;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void elasticsearchAnswers() throws Exception {
        ELASTICSEARCH.open();
        ELASTICSEARCH.resume();
        searchTesting.awaitElasticsearchAnswering();
    }

    @AfterEach
    void answersAgain() {
        ELASTICSEARCH.resume();
    }

    @AfterAll
    static void proxyGone() {
        ELASTICSEARCH.close();
    }

    @Test
    void aSilentElasticsearchCostsShoppersSecondsNotTheWholePortal() throws Exception {
        Listed product = listings.published("Kopi Uji Senyap", "Dibuat untuk pengujian pencarian.", 40_000L,
                "250 gr", "agribisnis");
        String slug = product.slug();
        long productId = product.id();
        searchTesting.awaitIndexed();
        assertEquals("elasticsearch", engine("/api/v1/search?q=kopi"));

        ELASTICSEARCH.silence();
        listings.archived(product);

        // Twenty shoppers at once: searches, listings, suggest, readiness, and pages that need no search at all.
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            paths.addAll(List.of("/api/v1/search?q=kopi&page=" + (i + 1), "/cari?q=keripik", "/kategori/kuliner",
                    "/api/v1/suggest?q=kop", "/"));
        }
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String path : paths) {
            answers.add(http.sendAsync(request(path), HttpResponse.BodyHandlers.ofString()));
        }
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            // A request that hangs past HANG fails here.
            HttpResponse<String> answer = answers.get(i).get();
            statuses.put(paths.get(i), answer.statusCode());
            if (paths.get(i).startsWith("/api/v1/search")) {
                assertEquals("database", json.readTree(answer.body()).get("engine").asText(), paths.get(i));
                assertFalse(answer.body().contains("\"" + slug + "\""), "the archived product is gone at once");
            }
        }
        statuses.forEach((path, status) -> assertEquals(200, status, path));
        assertEquals(503, send("/q/health/well").statusCode());
        assertEquals(200, send("/q/health/ready").statusCode(), "the replica stays in service");

        // After a few failures the breaker sends requests straight to the database without trying Elasticsearch.
        assertTrue(gate.isOpen(), "the circuit breaker opened");
        assertEquals("database", engine("/api/v1/search?q=kopi"));
        assertTrue(outbox.pending() >= 1, "the change waits in the outbox");
        assertEquals(1, sql.count("select count(*) from search_outbox where product_id = ?", productId));

        ELASTICSEARCH.resume();
        String engine = "database";
        for (int attempt = 0; attempt < 60 && !engine.equals("elasticsearch"); attempt++) {
            Thread.sleep(250);
            engine = engine("/api/v1/search?q=kopi");
        }
        assertEquals("elasticsearch", engine, "search returned to Elasticsearch by itself");
        assertEquals(200, send("/q/health/well").statusCode());
        searchTesting.awaitIndexed();
        JsonNode recovered = json.readTree(send("/api/v1/search?q=kopi&size=100").body());
        assertEquals("elasticsearch", recovered.get("engine").asText());
        recovered.get("items").forEach(item -> assertFalse(item.get("slug").asText().equals(slug)));
    }

    private String engine(String path) throws Exception {
        HttpResponse<String> answer = send(path);
        assertEquals(200, answer.statusCode(), answer.body());
        return json.readTree(answer.body()).get("engine").asText();
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).timeout(HANG)
                .header("Accept-Language", "id").GET().build();
    }
}

package id.etalase.web;

import id.etalase.common.PublicUrls;
import id.etalase.common.Sql;
import id.etalase.search.SearchTesting;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Visits every public page of the demo catalogue once in Indonesian and once in English: whatever the home page,
 * the sitemap and the pages link to (a new page type joins by being linked), plus every product and member in the
 * JSON API. Fails on any server error and names the pages.
 */
@QuarkusTest
class PublicPagesCrawlTest {

    static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");
    static final Pattern SITEMAP_LOC = Pattern.compile("<loc>([^<]+)</loc>");
    static final int PARALLEL = 8;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Sql sql;

    @Inject
    PublicUrls urls;

    @Inject
    SearchTesting searchTesting;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Paths without their query: a listing is visited once, not once per facet and sort combination. */
    private final Set<String> seenPaths = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Integer> visitedByKind = new ConcurrentHashMap<>();

    @Test
    void everyPublicPageOfTheDemoCatalogueAnswersWithoutAServerError() throws Exception {
        searchTesting.awaitIndexed();
        List<String> productSlugs = sql.column("select p.slug from " + PUBLIC_PRODUCTS).stream()
                .map(String::valueOf).toList();
        List<String> memberSlugs = sql.column("select slug from member where status = 'active'").stream()
                .map(String::valueOf).toList();
        assertTrue(productSlugs.size() > 1000 && memberSlugs.size() > 200, "the demo catalogue is loaded");

        List<String> start = new ArrayList<>(List.of("/", "/sitemap.xml", "/robots.txt", "/cari", "/cari?q=kopi",
                "/cari?q=zzzqqq", "/api/v1/products", "/api/v1/members", "/api/v1/sectors", "/api/v1/districts",
                "/api/v1/search?q=keripik", "/api/v1/suggest?q=kop", "/q/openapi"));
        productSlugs.forEach(slug -> start.add("/api/v1/products/" + slug));
        memberSlugs.forEach(slug -> start.add("/api/v1/members/" + slug));
        crawl(start);

        String report = failures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("\n"));
        assertTrue(failures.isEmpty(), failures.size() + " pages answered a server error:\n" + report);
        Map<String, Integer> visited = new TreeMap<>(visitedByKind);
        assertEquals(productSlugs.size(), visited.get("produk/*"), "every product page, " + visited);
        assertEquals(productSlugs.size(), visited.get("produk/*/whatsapp"), "every enquiry link, " + visited);
        assertEquals(memberSlugs.size(), visited.get("anggota/*"), "every member page, " + visited);
        assertEquals(productSlugs.size(), visited.get("api:products/*"), "every product in the API, " + visited);
        assertEquals(memberSlugs.size(), visited.get("api:members/*"), "every member in the API, " + visited);
        for (Object sector : sql.column("select distinct s.slug from " + PUBLIC_PRODUCTS)) {
            assertTrue(seenPaths.contains("/kategori/" + sector), "sector page " + sector);
        }
        for (Object district : sql.column("select distinct d.slug from " + PUBLIC_PRODUCTS)) {
            assertTrue(seenPaths.contains("/wilayah/" + district), "district page " + district);
        }
    }

    /** Breadth first, PARALLEL requests at a time, each same-site path once. */
    private void crawl(List<String> start) throws Exception {
        List<String> wave = start.stream().filter(this::firstVisit).toList();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            while (!wave.isEmpty()) {
                List<Future<List<String>>> found = new ArrayList<>();
                for (String path : wave) {
                    found.add(pool.submit(() -> visit(path)));
                }
                List<String> next = new ArrayList<>();
                for (Future<List<String>> links : found) {
                    links.get().stream().filter(this::firstVisit).forEach(next::add);
                }
                wave = next;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean firstVisit(String path) {
        int query = path.indexOf('?');
        return seenPaths.add(query < 0 ? path : path.substring(0, query));
    }

    /** Requests the page (HTML pages in both languages) and answers the same-site links it holds. */
    private List<String> visit(String path) throws Exception {
        HttpResponse<String> page = get(path, "id");
        String type = page.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            get(path, "en");
        }
        visitedByKind.merge(kind(path), 1, Integer::sum);
        List<String> links = new ArrayList<>();
        if (page.statusCode() != 200) {
            return links;
        }
        Matcher matcher = (type.contains("xml") ? SITEMAP_LOC : LINK).matcher(page.body());
        while (matcher.find()) {
            String link = matcher.group(1).replace("&amp;", "&");
            if (link.startsWith(urls.base())) {
                link = link.substring(urls.base().length());
            }
            // Static files and the link back to the current page in the other language need no second visit.
            if (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/css/")
                    && !link.startsWith("/js/") && !link.startsWith("/img/")) {
                links.add(link);
            }
        }
        return links;
    }

    /** A page type: "/produk/x" gives "produk/{x}", "/api/v1/members/x" gives "api:members/{x}". */
    static String kind(String path) {
        String plain = path.replaceAll("\\?.*", "");
        String prefix = plain.startsWith("/api/v1/") ? "api:" : "";
        String[] segments = plain.substring(prefix.isEmpty() ? 1 : "/api/v1/".length()).split("/");
        StringBuilder kind = new StringBuilder(prefix).append(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            kind.append('/').append(i == 1 ? "*" : segments[i]);
        }
        return kind.toString();
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept-Language", language)
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            failures.put(path + " [" + language + "]", response.statusCode());
        }
        return response;
    }
}

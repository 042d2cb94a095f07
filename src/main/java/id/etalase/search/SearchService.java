package id.etalase.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.etalase.catalog.CatalogService;
import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductSort;
import id.etalase.catalog.ProductView;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.member.LegalPaper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Full-text search over the product index, with facets; answers from the database when Elasticsearch cannot. */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    /** How deep results can be paged: Elasticsearch's default max_result_window. */
    public static final int MAX_RESULTS = 10_000;

    @Inject
    ElasticsearchGate gate;

    @Inject
    SearchIndex index;

    @Inject
    CatalogService catalog;

    @Inject
    DatabaseSearch database;

    @Inject
    SearchMisses misses;

    @Inject
    SearchMetrics metrics;

    @Inject
    SearchAnswers answers;

    /** Facet values come as values and counts; FacetLabels names them in the reader's language. */
    public SearchResult search(SearchParams params) {
        return search(params, index.alias());
    }

    SearchResult search(SearchParams params, String indexName) {
        if (params.pageNumber() > maxPage(params.pageSize())) {
            // Elasticsearch refuses deeper pages, and the database would scan everything before them.
            throw new InvalidInputException(FieldError.of("page", "search_tooDeep", maxPage(params.pageSize())));
        }
        ProductFilter filter = catalog.resolveFilter(params);
        String query = params.query();
        SearchResult result;
        long start = System.nanoTime();
        try {
            result = answers.answer(SearchResult.ELASTICSEARCH, indexName, query, filter, params.sortOrder(),
                    params.pageNumber(), params.pageSize(), () -> gate.interactive(client -> searchIndex(client,
                            indexName, query, filter, params)));
        } catch (ElasticsearchUnavailableException e) {
            LOG.debugf("Search answered from the database, Elasticsearch unavailable: %s", e.getMessage());
            result = answers.answer(SearchResult.DATABASE, indexName, query, filter, params.sortOrder(),
                    params.pageNumber(), params.pageSize(), () -> database.search(query, filter, params));
        }
        metrics.answered(SearchMetrics.SEARCH, result.engine(), start);
        if (query != null && result.total() == 0) {
            misses.record(query, describe(params), result.engine());
        }
        return result;
    }

    private SearchResult searchIndex(ElasticsearchClient client, String indexName, String query, ProductFilter filter,
            SearchParams params) throws IOException {
        int page = params.pageNumber();
        int size = params.pageSize();
        ProductSort sort = params.sortOrder();
        if (!SearchRequests.diversified(filter, sort)) {
            SearchResponse<ProductDocument> results = client.search(SearchRequests.results(indexName, query, filter,
                    sort, (page - 1) * size, size, List.of()), ProductDocument.class);
            return answer(results, hits(results), query, page, size, 0);
        }
        SearchResponse<ProductDocument> window = client.search(SearchRequests.window(indexName, query, filter, sort,
                page == 1), ProductDocument.class);
        List<SellerMix.Ranked> ranked = ranked(window);
        List<String> firstPage = SellerMix.firstPage(ranked, size);
        if (page > 1) {
            // A later page leaves out what the first showed.
            SearchResponse<ProductDocument> results = client.search(SearchRequests.results(indexName, query, filter,
                    sort, (page - 2) * size, size, firstPage), ProductDocument.class);
            return answer(results, hits(results), query, page, size, firstPage.size());
        }
        Map<String, Long> listingsPerSeller = ranked.stream()
                .collect(Collectors.groupingBy(SellerMix.Ranked::seller, Collectors.counting()));
        Map<String, SearchResult.Hit> chosen = new HashMap<>();
        if (!firstPage.isEmpty()) {
            client.search(SearchRequests.chosen(indexName, query, firstPage), ProductDocument.class).hits().hits()
                    .forEach(hit -> chosen.put(hit.id(), hit(hit)));
        }
        // A product withdrawn between the two reads is left out rather than shown half.
        List<SearchResult.Hit> hits = firstPage.stream().map(chosen::get).filter(Objects::nonNull)
                .map(hit -> hit.withMoreFromSeller(listingsPerSeller.get(hit.product().member().slug()) > 1))
                .toList();
        return answer(window, hits, query, page, size, 0);
    }

    /** The window's results for the seller mix: the head-noun boost makes the tier, the rest of the score the relevance. */
    private static List<SellerMix.Ranked> ranked(SearchResponse<ProductDocument> window) {
        return window.hits().hits().stream().map(hit -> {
            double score = hit.score() == null || hit.score().isNaN() ? 1.0 : hit.score();
            int tier = (int) (score / SearchRequests.HEAD_BOOST);
            String seller = hit.fields().get("memberSlug").toJson().asJsonArray().getString(0);
            return new SellerMix.Ranked(hit.id(), seller, tier, score - tier * (double) SearchRequests.HEAD_BOOST);
        }).toList();
    }

    private static List<SearchResult.Hit> hits(SearchResponse<ProductDocument> results) {
        return results.hits().hits().stream().map(SearchService::hit).toList();
    }

    private static SearchResult.Hit hit(Hit<ProductDocument> hit) {
        Map<String, List<String>> highlight = hit.highlight();
        return new SearchResult.Hit(view(hit.source()), new SearchResult.Highlight(first(highlight.get("name")),
                first(highlight.get("description"))));
    }

    /** {@code leftOut}: results the request left out because the first page showed them, counted in the total. */
    private SearchResult answer(SearchResponse<ProductDocument> response, List<SearchResult.Hit> hits, String query,
            int page, int size, int leftOut) {
        long total = (response.hits().total() == null ? hits.size() : response.hits().total().value()) + leftOut;
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        facets.put("sector", termCounts(response.aggregations().get("sector")));
        facets.put("district", termCounts(response.aggregations().get("district")));
        facets.put("scale", termCounts(response.aggregations().get("scale")));
        facets.put("paper", termCounts(response.aggregations().get("paper")).stream()
                .sorted(Comparator.comparing(v -> LegalPaper.fromSlug(v.value()).orElseThrow())).toList());
        facets.put("price", response.aggregations().get("price").filter().aggregations().get("values").range()
                .buckets().array().stream().filter(bucket -> bucket.docCount() > 0)
                .map(bucket -> new SearchResult.FacetValue(bucket.key(), null, bucket.docCount())).toList());
        return new SearchResult(query, hits, page, size, total, SearchResult.ELASTICSEARCH, facets);
    }

    /** The deepest page of this size a search can open: its last result is within the first MAX_RESULTS. */
    public static int maxPage(int pageSize) {
        return MAX_RESULTS / pageSize;
    }

    private static List<SearchResult.FacetValue> termCounts(Aggregate aggregate) {
        return aggregate.filter().aggregations().get("values").sterms().buckets().array().stream()
                .map(b -> new SearchResult.FacetValue(b.key().stringValue(), null, b.docCount()))
                .toList();
    }

    private static ProductView view(ProductDocument doc) {
        return new ProductView(doc.slug(), doc.name(), doc.price(), doc.unit(),
                new ProductView.SectorRef(doc.sector(), doc.sectorName()),
                new ProductView.DistrictRef(doc.district(), doc.districtName()),
                new ProductView.MemberRef(doc.memberSlug(), doc.memberName()), doc.createdAt());
    }

    private static String first(List<String> fragments) {
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }

    private static String describe(SearchParams params) {
        List<String> parts = new ArrayList<>();
        add(parts, "sector", params.sector);
        add(parts, "district", params.district);
        add(parts, "scale", params.scale);
        add(parts, "member", params.member);
        add(parts, "paper", params.paper);
        add(parts, "minPrice", params.minPrice);
        add(parts, "maxPrice", params.maxPrice);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}

package id.etalase.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import id.etalase.catalog.CatalogService;
import id.etalase.catalog.ListingParams;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductSort;
import id.etalase.catalog.ProductView;
import id.etalase.catalog.ReferenceData;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Page;
import id.etalase.common.Rupiah;
import id.etalase.member.MemberScale;
import id.etalase.web.AppMessages;
import id.etalase.web.Languages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/** Full-text search over the product index, with facets; answers from the database when Elasticsearch cannot. */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    /** The filter dimensions that have a facet; a facet ignores its own dimension's filter. */
    enum Dimension { SECTOR, DISTRICT, SCALE, PRICE }

    /** How deep results can be paged: Elasticsearch's default max_result_window. */
    public static final int MAX_RESULTS = 10_000;

    @Inject
    ElasticsearchGate gate;

    @Inject
    SearchIndex index;

    @Inject
    CatalogService catalog;

    @Inject
    ProductRepository products;

    @Inject
    ReferenceData reference;

    @Inject
    SearchMisses misses;

    public SearchResult search(SearchParams params, String language) {
        return search(params, language, index.alias());
    }

    SearchResult search(SearchParams params, String language, String indexName) {
        if (params.pageNumber() > maxPage(params.pageSize())) {
            // Elasticsearch refuses deeper pages, and the database would scan everything before them.
            throw new InvalidInputException(List.of(new FieldError("page",
                    Languages.messages(language).search_tooDeep(maxPage(params.pageSize())))));
        }
        ProductFilter filter = catalog.resolveFilter(params, language);
        String query = params.query();
        SearchResult result;
        try {
            result = gate.interactive(client -> searchIndex(client, indexName, query, filter, params, language));
        } catch (ElasticsearchUnavailableException e) {
            LOG.debugf("Search answered from the database, Elasticsearch unavailable: %s", e.getMessage());
            result = searchDatabase(query, filter, params, language);
        }
        if (query != null && result.total() == 0) {
            misses.record(query, describe(params), result.engine());
        }
        return result;
    }

    private SearchResult searchIndex(ElasticsearchClient client, String indexName, String query, ProductFilter filter,
            SearchParams params, String language) throws java.io.IOException {
        int page = params.pageNumber();
        int size = params.pageSize();
        SearchResponse<ProductDocument> response = client.search(request(indexName, query, filter, params.sortOrder(),
                page, size), ProductDocument.class);
        return answer(response, query, page, size, language);
    }

    private static SearchRequest request(String indexName, String query, ProductFilter filter, ProductSort sort,
            int page, int size) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(indexName)
                .query(relevanceQuery(query))
                .from((page - 1) * size)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .sort(sortOptions(sort));
        List<Query> filters = filterClauses(filter, null);
        if (!filters.isEmpty()) {
            request.postFilter(q -> q.bool(b -> b.filter(filters)));
        }
        request.aggregations("sector", facet(filter, Dimension.SECTOR,
                Aggregation.of(a -> a.terms(t -> t.field("sector").size(50)))));
        request.aggregations("district", facet(filter, Dimension.DISTRICT,
                Aggregation.of(a -> a.terms(t -> t.field("district").size(100)))));
        request.aggregations("scale", facet(filter, Dimension.SCALE,
                Aggregation.of(a -> a.terms(t -> t.field("scale").size(5)))));
        request.aggregations("price", facet(filter, Dimension.PRICE, Aggregation.of(a -> a.range(r -> r.field("price")
                .ranges(PriceBand.ALL.stream().map(SearchService::range).toList())))));
        if (query != null) {
            request.highlight(h -> h.highlightQuery(highlightQuery(query)).encoder(HighlighterEncoder.Html)
                    .preTags("<mark>").postTags("</mark>")
                    .fields(NamedValue.of("name", HighlightField.of(f -> f.numberOfFragments(0))),
                            NamedValue.of("description", HighlightField.of(f -> f.fragmentSize(160)
                                    .numberOfFragments(1)))));
        }
        return request.build();
    }

    /**
     * A typical shopper's search (words, relevance, facets, highlights): run once on a freshly built index before
     * it goes live, so its first shopper does not meet a cold index and time out into the fallback.
     */
    static SearchRequest warmUp(String indexName) {
        return request(indexName, "kripik pisang coklat lampung barat", ProductFilter.none(), ProductSort.RELEVANCE, 1,
                ListingParams.DEFAULT_SIZE);
    }

    private SearchResult answer(SearchResponse<ProductDocument> response, String query, int page, int size,
            String language) {
        List<SearchResult.Hit> hits = response.hits().hits().stream().map(hit -> {
            Map<String, List<String>> highlight = hit.highlight();
            return new SearchResult.Hit(view(hit.source()), new SearchResult.Highlight(
                    first(highlight.get("name")), first(highlight.get("description"))));
        }).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        AppMessages msg = Languages.messages(language);
        facets.put("sector", termCounts(response.aggregations().get("sector"), slug -> reference.sector(slug)
                .map(s -> s.name(language)).orElse(slug)));
        facets.put("district", termCounts(response.aggregations().get("district"), code -> reference.district(code)
                .map(ReferenceData.DistrictName::name).orElse(code)));
        facets.put("scale", termCounts(response.aggregations().get("scale"), scale -> scaleLabel(scale, msg)));
        Map<String, Long> bands = new LinkedHashMap<>();
        response.aggregations().get("price").filter().aggregations().get("values").range().buckets().array()
                .forEach(bucket -> bands.put(bucket.key(), bucket.docCount()));
        facets.put("price", priceFacet(bands, msg));
        return new SearchResult(query, hits, page, size, total, SearchResult.ELASTICSEARCH, facets);
    }

    /** The deepest page of this size a search can open: its last result is within the first MAX_RESULTS. */
    public static int maxPage(int pageSize) {
        return MAX_RESULTS / pageSize;
    }

    /**
     * Name matches weigh most, exact and prefix matches above description ones; fuzzy matching is a low-weight
     * extra so that a typo still finds something without "kopi" ranking "topi" above coffee.
     */
    static Query relevanceQuery(String query) {
        if (query == null) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        Query fuzzy = Query.of(s -> s.match(m -> m.field("name").query(query).analyzer("id_text").fuzziness("AUTO")
                .prefixLength(1).operator(Operator.And).boost(0.5f)));
        Query text = textQuery(query, fuzzy);
        return Query.of(q -> q.functionScore(f -> f.query(text)
                .functions(fn -> fn.filter(t -> t.term(term -> term.field("featured").value(true))).weight(1.25))
                .boostMode(FunctionBoostMode.Multiply)));
    }

    /**
     * What highlights mark: the relevance query without its fuzzy clause. Marking fuzzy matches runs an edit-distance
     * automaton over every word of every hit (0.8 s for 100 hits of a six-word query), while typos are rare.
     */
    static Query highlightQuery(String query) {
        return textQuery(query, null);
    }

    private static Query textQuery(String query, Query fuzzy) {
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.match(m -> m.field("name").query(query).operator(Operator.And).boost(6f)))
                    .should(s -> s.matchPhrase(m -> m.field("name").query(query).boost(4f)))
                    .should(s -> s.match(m -> m.field("name.prefix").query(query).operator(Operator.And).boost(3f)))
                    .should(s -> s.prefix(p -> p.field("name.sort").value(query.toLowerCase(Locale.ROOT)).boost(3f)))
                    .should(s -> s.match(m -> m.field("description").query(query).operator(Operator.And)
                            .boost(1.5f)))
                    .should(s -> s.match(m -> m.field("memberName").query(query).operator(Operator.And)
                            .boost(1.5f)))
                    .should(s -> s.multiMatch(m -> m.query(query).type(TextQueryType.CrossFields)
                            .operator(Operator.Or).fields("name^2", "description", "memberName", "districtName")
                            .boost(1f)));
            if (fuzzy != null) {
                b.should(fuzzy);
            }
            return b.minimumShouldMatch("1");
        }));
    }

    private static List<SortOptions> sortOptions(ProductSort sort) {
        SortOptions newest = SortOptions.of(s -> s.field(f -> f.field("createdAt").order(SortOrder.Desc)));
        SortOptions bySlug = SortOptions.of(s -> s.field(f -> f.field("slug").order(SortOrder.Asc)));
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), newest, bySlug);
            case NEWEST -> List.of(newest, bySlug);
            case PRICE_ASC -> List.of(SortOptions.of(s -> s.field(f -> f.field("price").order(SortOrder.Asc)
                    .missing("_last"))), bySlug);
            case PRICE_DESC -> List.of(SortOptions.of(s -> s.field(f -> f.field("price").order(SortOrder.Desc)
                    .missing("_last"))), bySlug);
            case NAME -> List.of(SortOptions.of(s -> s.field(f -> f.field("name.sort").order(SortOrder.Asc))),
                    bySlug);
        };
    }

    /** The filter's conditions as Elasticsearch filter clauses, leaving out one dimension when given. */
    static List<Query> filterClauses(ProductFilter filter, Dimension except) {
        List<Query> clauses = new ArrayList<>();
        if (filter.sector() != null && except != Dimension.SECTOR) {
            clauses.add(term("sector", filter.sector().slug));
        }
        if (filter.district() != null && except != Dimension.DISTRICT) {
            clauses.add(term("district", filter.district().code));
        }
        if (filter.scale() != null && except != Dimension.SCALE) {
            clauses.add(term("scale", filter.scale().slug()));
        }
        if (filter.member() != null) {
            clauses.add(term("memberSlug", filter.member().slug));
        }
        if ((filter.minPrice() != null || filter.maxPrice() != null) && except != Dimension.PRICE) {
            clauses.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("price");
                if (filter.minPrice() != null) {
                    n.gte(filter.minPrice().doubleValue());
                }
                if (filter.maxPrice() != null) {
                    n.lte(filter.maxPrice().doubleValue());
                }
                return n;
            }))));
        }
        return clauses;
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    /** A facet counts what the other active filters leave, so choosing one value still shows the others. */
    private static Aggregation facet(ProductFilter filter, Dimension dimension, Aggregation values) {
        List<Query> others = filterClauses(filter, dimension);
        Query scope = others.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b.filter(others)));
        return Aggregation.of(a -> a.filter(scope).aggregations("values", values));
    }

    private static AggregationRange range(PriceBand band) {
        return AggregationRange.of(r -> {
            r.key(band.value());
            if (band.from() != null) {
                r.from(band.from().doubleValue());
            }
            if (band.to() != null) {
                r.to(band.to().doubleValue());
            }
            return r;
        });
    }

    private static List<SearchResult.FacetValue> termCounts(Aggregate aggregate, Function<String, String> label) {
        return aggregate.filter().aggregations().get("values").sterms().buckets().array().stream()
                .map(b -> new SearchResult.FacetValue(b.key().stringValue(), label.apply(b.key().stringValue()),
                        b.docCount()))
                .toList();
    }

    private static List<SearchResult.FacetValue> priceFacet(Map<String, Long> counts, AppMessages msg) {
        return PriceBand.ALL.stream()
                .filter(band -> counts.getOrDefault(band.value(), 0L) > 0)
                .map(band -> new SearchResult.FacetValue(band.value(), priceLabel(band, msg),
                        counts.get(band.value())))
                .toList();
    }

    static String priceLabel(PriceBand band, AppMessages msg) {
        if (band.from() == null) {
            return msg.price_below(Rupiah.format(band.to()));
        }
        if (band.to() == null) {
            return msg.price_above(Rupiah.format(band.from()));
        }
        return msg.price_between(Rupiah.format(band.from()), Rupiah.format(band.maxPrice()));
    }

    private static String scaleLabel(String scale, AppMessages msg) {
        return switch (MemberScale.fromSlug(scale).orElse(MemberScale.MIKRO)) {
            case MIKRO -> msg.scale_mikro();
            case KECIL -> msg.scale_kecil();
            case MENENGAH -> msg.scale_menengah();
        };
    }

    private static ProductView view(ProductDocument doc) {
        return new ProductView(doc.slug(), doc.name(), doc.price(), doc.unit(),
                new ProductView.SectorRef(doc.sector(), doc.sectorName()),
                new ProductView.DistrictRef(doc.district(), doc.districtName()),
                new ProductView.MemberRef(doc.memberSlug(), doc.memberName()), doc.featured(), doc.createdAt());
    }

    private static String first(List<String> fragments) {
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }

    /** The plainer search: every word must appear in the name or the description; facets by SQL counts. */
    private SearchResult searchDatabase(String query, ProductFilter filter, SearchParams params, String language) {
        List<String> words = query == null ? List.of() : Arrays.stream(query.toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 2).limit(6).toList();
        ProductFilter textFilter = filter.withWords(words);
        ProductSort sort = params.sortOrder() == ProductSort.RELEVANCE ? ProductSort.NEWEST : params.sortOrder();
        AppMessages msg = Languages.messages(language);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Page<Product> page = products.findPublic(textFilter, sort, params.pageNumber(), params.pageSize());
            List<SearchResult.Hit> hits = page.items().stream()
                    .map(p -> new SearchResult.Hit(ProductView.of(p), new SearchResult.Highlight(null, null)))
                    .toList();
            Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
            facets.put("sector", counted(products.countPublicBy("p.sector.slug", textFilter.withSector(null)),
                    reference.sectors().stream().map(ReferenceData.SectorName::slug).toList(),
                    slug -> reference.sector(slug).map(s -> s.name(language)).orElse(slug)));
            facets.put("district", counted(products.countPublicBy("m.district.code",
                    textFilter.withDistrict(null)), null,
                    code -> reference.district(code).map(ReferenceData.DistrictName::name).orElse(code)));
            Map<String, Long> scales = new LinkedHashMap<>();
            products.countPublicBy("m.scale", textFilter.withScale(null))
                    .forEach((scale, count) -> scales.put(scale.toLowerCase(Locale.ROOT), count));
            facets.put("scale", counted(scales, null, scale -> scaleLabel(scale, msg)));
            facets.put("price", priceFacet(products.countPublicBy(PRICE_BAND_HQL, textFilter.withPrice(null, null)),
                    msg));
            return new SearchResult(query, hits, page.page(), page.size(), page.total(), SearchResult.DATABASE,
                    facets);
        });
    }

    private static final String PRICE_BAND_HQL = "case when p.price is null then null"
            + " when p.price < 25000 then '0-24999' when p.price < 50000 then '25000-49999'"
            + " when p.price < 100000 then '50000-99999' when p.price < 500000 then '100000-499999'"
            + " else '500000-' end";

    /** Counts as facet values, most first (ties by the given order or by label). */
    private static List<SearchResult.FacetValue> counted(Map<String, Long> counts, List<String> order,
            Function<String, String> label) {
        return counts.entrySet().stream()
                .map(e -> new SearchResult.FacetValue(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                        : order != null ? Integer.compare(order.indexOf(a.value()), order.indexOf(b.value()))
                        : a.label().compareTo(b.label()))
                .toList();
    }

    private static String describe(SearchParams params) {
        List<String> parts = new ArrayList<>();
        add(parts, "sector", params.sector);
        add(parts, "district", params.district);
        add(parts, "scale", params.scale);
        add(parts, "member", params.member);
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

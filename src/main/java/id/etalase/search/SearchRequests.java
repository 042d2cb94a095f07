package id.etalase.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import id.etalase.catalog.PriceBand;
import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductSort;
import id.etalase.member.LegalPaper;
import id.etalase.member.ListingParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The search request sent to Elasticsearch: relevance, filters, facets, sort and highlights. */
final class SearchRequests {

    /** The filter dimensions that have a facet; a facet ignores its own dimension's filter. */
    enum Dimension { SECTOR, DISTRICT, SCALE, PAPER, PRICE }

    private SearchRequests() {
    }

    /**
     * A first page fair to the community's members ({@link SellerMix}) in relevance and newest order without a seller
     * filter. An explicitly chosen price or name order is kept as asked.
     */
    static boolean diversified(ProductFilter filter, ProductSort sort) {
        return filter.member() == null && (sort == ProductSort.RELEVANCE || sort == ProductSort.NEWEST);
    }

    /** How many of the best results a first page is mixed from. */
    static final int MIX_WINDOW = 200;

    /**
     * A page of results with facets and highlights. {@code excluded}: the products a mixed first page showed, left
     * out of the later pages.
     */
    static SearchRequest results(String indexName, String query, ProductFilter filter, ProductSort sort, int from,
            int size, List<String> excluded) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(indexName)
                .query(relevanceQuery(query))
                .from(from)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .sort(sortOptions(sort));
        List<Query> filters = new ArrayList<>(filterClauses(filter, null));
        if (!excluded.isEmpty()) {
            filters.add(Query.of(q -> q.bool(b -> b.mustNot(n -> n.ids(i -> i.values(excluded))))));
        }
        if (!filters.isEmpty()) {
            request.postFilter(q -> q.bool(b -> b.filter(filters)));
        }
        facets(request, filter);
        highlight(request, query);
        return request.build();
    }

    /**
     * The best {@link #MIX_WINDOW} results, ids and sellers only: what a mixed first page is chosen from, with the
     * facets when it is the page asked for. The chosen ones come with their documents and highlights from
     * {@link #chosen}.
     */
    static SearchRequest window(String indexName, String query, ProductFilter filter, ProductSort sort,
            boolean withFacets) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(indexName)
                .query(relevanceQuery(query))
                .size(MIX_WINDOW)
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.fetch(false))
                .docvalueFields(f -> f.field("memberSlug"))
                .sort(sortOptions(sort));
        List<Query> filters = filterClauses(filter, null);
        if (!filters.isEmpty()) {
            request.postFilter(q -> q.bool(b -> b.filter(filters)));
        }
        if (withFacets) {
            facets(request, filter);
        }
        return request.build();
    }

    /** These products' documents and highlights, for the page a {@link #window} chose. */
    static SearchRequest chosen(String indexName, String query, List<String> ids) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(indexName)
                .query(q -> q.bool(b -> b.must(relevanceQuery(query)).filter(f -> f.ids(i -> i.values(ids)))))
                .size(ids.size())
                .trackTotalHits(t -> t.enabled(false));
        highlight(request, query);
        return request.build();
    }

    private static void facets(SearchRequest.Builder request, ProductFilter filter) {
        request.aggregations("sector", facet(filter, Dimension.SECTOR,
                Aggregation.of(a -> a.terms(t -> t.field("sector").size(50)))));
        request.aggregations("district", facet(filter, Dimension.DISTRICT,
                Aggregation.of(a -> a.terms(t -> t.field("district").size(100)))));
        request.aggregations("scale", facet(filter, Dimension.SCALE,
                Aggregation.of(a -> a.terms(t -> t.field("scale").size(5)))));
        request.aggregations("paper", facet(filter, Dimension.PAPER,
                Aggregation.of(a -> a.terms(t -> t.field("papers").size(LegalPaper.values().length)))));
        request.aggregations("price", facet(filter, Dimension.PRICE, Aggregation.of(a -> a.range(r -> r.field("price")
                .ranges(PriceBand.ALL.stream().map(SearchRequests::range).toList())))));
    }

    private static void highlight(SearchRequest.Builder request, String query) {
        if (query != null) {
            request.highlight(h -> h.highlightQuery(highlightQuery(query)).encoder(HighlighterEncoder.Html)
                    .preTags("<mark>").postTags("</mark>")
                    .fields(NamedValue.of("name", HighlightField.of(f -> f.numberOfFragments(0))),
                            NamedValue.of("description", HighlightField.of(f -> f.fragmentSize(160)
                                    .numberOfFragments(1)))));
        }
    }

    /**
     * A typical shopper's search (words, relevance, facets, highlights): run once on a freshly built index before
     * it goes live, so its first shopper does not meet a cold index and time out into the fallback.
     */
    static SearchRequest warmUp(String indexName) {
        return results(indexName, "kripik pisang coklat lampung barat", ProductFilter.none(), ProductSort.RELEVANCE, 0,
                ListingParams.DEFAULT_SIZE, List.of());
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
        return textQuery(query, fuzzy);
    }

    /**
     * What highlights mark: the relevance query without its fuzzy clause. Marking fuzzy matches runs an edit-distance
     * automaton over every word of every hit (0.8 s for 100 hits of a six-word query), while typos are rare.
     */
    static Query highlightQuery(String query) {
        return textQuery(query, null);
    }

    /** Above any sum of the other clauses' scores: a name with the query's head ranks first, whatever else matches. */
    static final float HEAD_BOOST = 1000f;

    private static Query textQuery(String query, Query fuzzy) {
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.match(m -> m.field("name").query(query).operator(Operator.And).boost(6f)))
                    .should(s -> s.matchPhrase(m -> m.field("name").query(query).boost(4f)))
                    .should(s -> s.match(m -> m.field("name.prefix").query(query).operator(Operator.And).boost(3f)))
                    .should(s -> s.match(m -> m.field("description").query(query).operator(Operator.And)
                            .boost(1.5f)))
                    .should(s -> s.match(m -> m.field("memberName").query(query).operator(Operator.And)
                            .boost(1.5f)))
                    .should(s -> s.multiMatch(m -> m.query(query).type(TextQueryType.CrossFields)
                            .operator(Operator.Or).fields("name^2", "description", "memberName", "districtName")
                            .boost(1f)));
            List<String> readings = SearchWords.readings(query, 8);
            if (!readings.isEmpty()) {
                // A name that starts with the query, in any spelling of its words: one boost, not one each.
                b.should(s -> s.bool(names -> {
                    readings.forEach(reading -> names.should(n -> n.prefix(p -> p.field("name.sort").value(reading))));
                    return names.boost(3f);
                }));
            }
            String head = SearchWords.head(query);
            if (head != null) {
                // Indonesian noun phrases put the head first: a product whose name's head word is the query's head (in
                // any spelling or synonym, or its beginning while the shopper types one word) is the thing asked for
                // ("Kopi Bubuk Lampung" for "kopi lampung"), and comes before every name in which the word only
                // describes another thing ("Kaos Kopi Lampung"). A constant score: the tier the seller mix keeps.
                b.should(s -> s.constantScore(c -> c.boost(HEAD_BOOST).filter(f -> f.bool(heads -> {
                    heads.should(h -> h.match(m -> m.field("head").query(head)));
                    if (!query.trim().contains(" ") && head.length() >= 3) {
                        heads.should(h -> h.prefix(p -> p.field("head").value(head)));
                    }
                    return heads;
                }))));
            }
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
            clauses.add(term("sector", filter.sector()));
        }
        if (filter.district() != null && except != Dimension.DISTRICT) {
            clauses.add(term("district", filter.district()));
        }
        if (filter.scale() != null && except != Dimension.SCALE) {
            clauses.add(term("scale", filter.scale().slug()));
        }
        if (filter.member() != null) {
            clauses.add(term("memberSlug", filter.member().slug));
        }
        if (filter.paper() != null && except != Dimension.PAPER) {
            clauses.add(term("papers", filter.paper().slug()));
        }
        if (!filter.excluded().isEmpty()) {
            List<String> ids = filter.excluded().stream().map(String::valueOf).toList();
            clauses.add(Query.of(q -> q.bool(b -> b.mustNot(n -> n.ids(i -> i.values(ids))))));
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
}

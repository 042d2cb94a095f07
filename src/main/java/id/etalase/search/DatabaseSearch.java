package id.etalase.search;

import id.etalase.catalog.PriceBand;
import id.etalase.catalog.Product;
import id.etalase.catalog.ProductFilter;
import id.etalase.catalog.ProductRepository;
import id.etalase.catalog.ProductSort;
import id.etalase.catalog.ProductView;
import id.etalase.common.Page;
import id.etalase.member.MemberScale;
import id.etalase.reference.ReferenceData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Search when Elasticsearch cannot answer: the same filters and facets from SQL, every word (but function words), in
 * any of its spellings, the beginning of a word in the name or description, from the product table's FULLTEXT index.
 */
@ApplicationScoped
class DatabaseSearch {

    @Inject
    ProductRepository products;

    @Inject
    ReferenceData reference;

    /** The plainer search: every word must appear in the name or the description; facets by SQL counts. */
    SearchResult search(String query, ProductFilter filter, SearchParams params) {
        List<List<String>> words = query == null ? List.of() : Arrays.stream(query.toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 2 && !SearchWords.STOP.contains(w)).limit(6)
                .map(SearchWords::spellings).toList();
        ProductFilter textFilter = filter.withWords(words);
        ProductSort sort = params.sortOrder() == ProductSort.RELEVANCE ? ProductSort.NEWEST : params.sortOrder();
        return QuarkusTransaction.joiningExisting().call(() -> {
            // One read counts the results and every facet the search does not filter on; a filtered one counts
            // without its own filter.
            ProductRepository.FacetCounts unfiltered = products.countPublicFacets(textFilter);
            Page<Product> page = products.findPublic(textFilter, sort, params.pageNumber(), params.pageSize(),
                    unfiltered.total());
            List<SearchResult.Hit> hits = page.items().stream()
                    .map(p -> new SearchResult.Hit(ProductView.of(p), new SearchResult.Highlight(null, null)))
                    .toList();
            Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
            facets.put("sector", counted(filter.sector() == null ? unfiltered.sectors()
                    : products.countPublicBy("p.sector.slug", textFilter.withSector(null)),
                    reference.sectors().stream().map(ReferenceData.SectorName::slug).toList()));
            facets.put("district", counted(filter.district() == null ? unfiltered.districts()
                    : products.countPublicBy("m.district.code", textFilter.withDistrict(null)),
                    reference.districts().stream().map(ReferenceData.DistrictName::code).toList()));
            Map<String, Long> scales = new LinkedHashMap<>();
            Map<String, Long> scaleCounts = filter.scale() == null ? unfiltered.scales()
                    : products.countPublicBy("m.scale", textFilter.withScale(null));
            scaleCounts.forEach((scale, count) -> scales.put(scale.toLowerCase(Locale.ROOT), count));
            facets.put("scale", counted(scales, Arrays.stream(MemberScale.values()).map(MemberScale::slug).toList()));
            facets.put("paper", (filter.paper() == null ? unfiltered.papers()
                    : products.countPublicByPaper(textFilter.withPaper(null))).entrySet().stream()
                    .map(e -> new SearchResult.FacetValue(e.getKey().slug(), null, e.getValue())).toList());
            Map<String, Long> bands = filter.minPrice() == null && filter.maxPrice() == null
                    ? unfiltered.priceBands()
                    : products.countPublicBy(PriceBand.bandOf("p.price"), textFilter.withPrice(null, null));
            facets.put("price", PriceBand.ALL.stream().filter(band -> bands.getOrDefault(band.value(), 0L) > 0)
                    .map(band -> new SearchResult.FacetValue(band.value(), null, bands.get(band.value()))).toList());
            return new SearchResult(query, hits, page.page(), page.size(), page.total(), SearchResult.DATABASE,
                    facets);
        });
    }

    /** Counts as facet values, most first, ties in the given order. */
    private static List<SearchResult.FacetValue> counted(Map<String, Long> counts, List<String> order) {
        return counts.entrySet().stream()
                .map(e -> new SearchResult.FacetValue(e.getKey(), null, e.getValue()))
                .sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                        : Integer.compare(order.indexOf(a.value()), order.indexOf(b.value())))
                .toList();
    }
}

package id.etalase.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.etalase.catalog.ProductView;
import java.util.List;
import java.util.Map;

/** A page of search results with the facets a shopper can narrow or widen by. */
public record SearchResult(String query, List<Hit> items, int page, int size, long total, String engine,
        Map<String, List<FacetValue>> facets) {

    public static final String ELASTICSEARCH = "elasticsearch";
    public static final String DATABASE = "database";

    /**
     * A product with the parts of its name and description that matched, marked with &lt;mark&gt;; on a first page
     * shared among sellers, whether its seller has more matching listings ("more from this seller").
     */
    public record Hit(@JsonUnwrapped ProductView product, Highlight highlight,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean moreFromSeller) {

        public Hit(ProductView product, Highlight highlight) {
            this(product, highlight, null);
        }

        Hit withMoreFromSeller(Boolean more) {
            return new Hit(product, highlight, more);
        }
    }

    /** HTML-escaped text with matches wrapped in &lt;mark&gt;; absent when nothing matched there. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Highlight(String name, String description) {
    }

    public record FacetValue(String value, String label, long count) {
    }
}

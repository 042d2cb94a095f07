package id.etalase.search;

import id.etalase.catalog.ProductListParams;
import id.etalase.catalog.ProductSort;
import id.etalase.common.TypedText;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** A search: the product listing's filters, sort and paging plus the words typed. */
public class SearchParams extends ProductListParams {

    public static final int MAX_QUERY_LENGTH = 200;

    @QueryParam("q")
    @Size(max = MAX_QUERY_LENGTH, message = "{etalase.param.q}")
    public String q;

    /** The typed words tidied by {@link TypedText#searchWords}, or null when nothing (showable) was typed. */
    public String query() {
        String words = TypedText.searchWords(q);
        return words.isEmpty() ? null : words;
    }

    /** Relevance is the default when words were typed; without words relevance means newest. */
    @Override
    public ProductSort sortOrder() {
        if (query() != null && (sort == null || "relevance".equals(sort))) {
            return ProductSort.RELEVANCE;
        }
        return super.sortOrder();
    }
}

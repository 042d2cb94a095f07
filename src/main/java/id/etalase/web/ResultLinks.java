package id.etalase.web;

import id.etalase.catalog.PriceBand;
import id.etalase.common.QueryUrl;
import id.etalase.i18n.AppMessages;
import id.etalase.search.SearchParams;
import id.etalase.search.SearchResult;
import id.etalase.search.SearchService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The links a results page offers: facet values that add or remove a filter, sort orders and page numbers. */
final class ResultLinks {

    /** One facet's title and its values as links that add or remove the filter. */
    record FacetGroup(String title, List<Link> links) {
    }

    private ResultLinks() {
    }

    /** Facet values as links: choosing one filters by it, choosing the active one removes the filter. */
    static FacetGroup facet(String title, List<SearchResult.FacetValue> values, QueryUrl current,
            String param, String active, String path) {
        List<Link> links = new ArrayList<>();
        // On /kategori/x and /wilayah/y the filter lives in the path: other values are searched from /cari.
        QueryUrl base = path.equals("/cari") ? current : current.at("/cari");
        for (SearchResult.FacetValue value : values) {
            boolean on = value.value().equals(active);
            String url = (on ? base.with(param, null) : base.with(param, value.value())).without("page").toString();
            links.add(new Link(value.label(), url, on, value.count()));
        }
        return new FacetGroup(title, links);
    }

    static FacetGroup priceFacet(String title, List<SearchResult.FacetValue> values, QueryUrl current,
            SearchParams params) {
        List<Link> links = new ArrayList<>();
        for (SearchResult.FacetValue value : values) {
            PriceBand band = PriceBand.ALL.stream().filter(b -> b.value().equals(value.value())).findFirst()
                    .orElseThrow();
            String min = band.minPrice() == null ? null : String.valueOf(band.minPrice());
            String max = band.maxPrice() == null ? null : String.valueOf(band.maxPrice());
            boolean on = Objects.equals(min, params.minPrice)
                    && Objects.equals(max, params.maxPrice);
            QueryUrl url = on ? current.with("minPrice", null).with("maxPrice", null)
                    : current.with("minPrice", min).with("maxPrice", max);
            links.add(new Link(value.label(), url.without("page").toString(), on, value.count()));
        }
        return new FacetGroup(title, links);
    }

    static List<Link> pages(SearchResult result, QueryUrl current, AppMessages msg) {
        int count = (int) Math.min((result.total() + result.size() - 1) / result.size(),
                SearchService.maxPage(result.size()));
        return pages(result.page(), count, current, msg);
    }

    /** Links to the pages around this one (of {@code count}), with the previous and the next. */
    static List<Link> pages(int page, int count, QueryUrl current, AppMessages msg) {
        List<Link> links = new ArrayList<>();
        if (count <= 1) {
            return links;
        }
        if (page > 1) {
            links.add(Link.of(msg.page_prev(), pageUrl(current, page - 1), false));
        }
        for (int p = Math.max(1, page - 2); p <= Math.min(count, page + 2); p++) {
            links.add(Link.of(String.valueOf(p), pageUrl(current, p), p == page));
        }
        if (page < count) {
            links.add(Link.of(msg.page_next(), pageUrl(current, page + 1), false));
        }
        return links;
    }

    private static String pageUrl(QueryUrl current, int page) {
        return (page == 1 ? current.without("page") : current.with("page", String.valueOf(page))).toString();
    }

    static Map<String, String> currentParams(SearchParams params, String path) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", params.query());
        if (!path.startsWith("/kategori/")) {
            values.put("sector", params.sector);
        }
        if (!path.startsWith("/wilayah/")) {
            values.put("district", params.district);
        }
        values.put("scale", params.scale);
        values.put("member", params.member);
        values.put("paper", params.paper);
        values.put("minPrice", params.minPrice);
        values.put("maxPrice", params.maxPrice);
        values.put("sort", params.sort);
        values.put("page", params.page);
        values.put("size", params.size);
        return values;
    }

    /**
     * Per seller with more than one matching listing on a first page shared among sellers: the same search narrowed to that
     * seller, from wherever the shopper searched.
     */
    static Map<String, String> moreFromSellers(SearchResult result, SearchParams params) {
        QueryUrl search = new QueryUrl("/cari", currentParams(params, "/cari")).without("page");
        Map<String, String> links = new LinkedHashMap<>();
        for (SearchResult.Hit hit : result.items()) {
            if (Boolean.TRUE.equals(hit.moreFromSeller())) {
                String seller = hit.product().member().slug();
                links.put(seller, search.with("member", seller).toString());
            }
        }
        return links;
    }

    static String sortLabel(String sort, AppMessages msg) {
        return switch (sort) {
            case "price_asc" -> msg.sort_price_asc();
            case "price_desc" -> msg.sort_price_desc();
            case "name" -> msg.sort_name();
            default -> msg.sort_newest();
        };
    }
}

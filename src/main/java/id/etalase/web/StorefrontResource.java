package id.etalase.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.etalase.catalog.CatalogService;
import id.etalase.catalog.DistrictView;
import id.etalase.catalog.ProductPage;
import id.etalase.catalog.ProductDetailView;
import id.etalase.catalog.ProductView;
import id.etalase.catalog.ReferenceData;
import id.etalase.catalog.SectorView;
import id.etalase.enquiry.EnquiryService;
import id.etalase.enquiry.PublicUrls;
import id.etalase.enquiry.RequestInfo;
import id.etalase.member.MemberDetailView;
import id.etalase.member.MemberService;
import id.etalase.search.PriceBand;
import id.etalase.search.SearchParams;
import id.etalase.search.SearchResult;
import id.etalase.search.SearchService;
import id.etalase.search.SuggestService;
import id.etalase.search.Suggestion;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shopper's pages: home, sector and district listings, search, product and member storefronts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StorefrontResource {

    static final int HOME_PRODUCTS = 12;
    static final int RELATED_PRODUCTS = 4;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageMeta meta, List<ProductView> featured, boolean curated,
                List<ProductView> newest, List<SectorView> sectors, List<DistrictView> districts);

        static native TemplateInstance results(PageMeta meta, String heading, SearchResult result,
                List<FacetGroup> facets, List<Link> sorts, List<Link> pages, List<Suggestion> suggestions);

        static native TemplateInstance product(PageMeta meta, ProductDetailView product, List<ProductView> related,
                String shareUrl);

        static native TemplateInstance member(PageMeta meta, MemberDetailView member);
    }

    /** One facet's title and its values as links that add or remove the filter. */
    public record FacetGroup(String title, List<Link> links) {
    }

    @Inject
    CatalogService catalog;

    @Inject
    SearchService search;

    @Inject
    SuggestService suggest;

    @Inject
    MemberService members;

    @Inject
    ReferenceData reference;

    @Inject
    ObjectMapper json;

    @Inject
    PublicUrls urls;

    @Inject
    EnquiryService enquiries;

    @Context
    HttpServerRequest request;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public TemplateInstance home() {
        String language = language();
        AppMessages msg = Languages.messages(language);
        List<ProductView> newest = catalog.newest(HOME_PRODUCTS);
        List<ProductView> featured = catalog.featured(HOME_PRODUCTS);
        // Until the admins curate, the first section shows the newest products (and the second is left out).
        boolean curated = !featured.isEmpty();
        PageMeta meta = meta(language, msg.home_title(), msg.home_description(), "/");
        return localized(Templates.home(meta, curated ? featured : newest, curated, newest,
                catalog.sectorsWithCounts(), catalog.districtsWithCounts()), language);
    }

    @GET
    @Path("kategori/{sector}")
    public TemplateInstance sector(@PathParam("sector") String slug, @Valid @BeanParam SearchParams params) {
        String language = language();
        var sector = reference.sector(slug).orElseThrow(NotFoundException::new);
        params.sector = sector.slug();
        AppMessages msg = Languages.messages(language);
        String name = sector.name(language);
        return results(params, language, "/kategori/" + slug, name, msg.sector_title(name),
                msg.sector_description(name));
    }

    @GET
    @Path("wilayah/{district}")
    public TemplateInstance district(@PathParam("district") String key, @Valid @BeanParam SearchParams params) {
        String language = language();
        ReferenceData.DistrictName district = reference.districtByCodeOrSlug(key).orElseThrow(NotFoundException::new);
        params.district = district.code();
        AppMessages msg = Languages.messages(language);
        return results(params, language, "/wilayah/" + district.slug(), district.name(),
                msg.district_title(district.name()), msg.district_description(district.name()));
    }

    @GET
    @Path("cari")
    public TemplateInstance search(@Valid @BeanParam SearchParams params) {
        String language = language();
        AppMessages msg = Languages.messages(language);
        String query = params.query();
        String heading = query == null ? msg.search_all() : msg.search_heading(query);
        return results(params, language, "/cari", heading, heading + " – " + msg.site_name(),
                msg.home_description());
    }

    @GET
    @Path("produk/{slug}")
    public TemplateInstance product(@PathParam("slug") String slug) {
        String language = language();
        ProductPage page = catalog.productPage(slug, RELATED_PRODUCTS).orElseThrow(NotFoundException::new);
        enquiries.recordProductView(page.seller(), RequestInfo.from(request));
        ProductDetailView view = page.product();
        AppMessages msg = Languages.messages(language);
        String price = view.price() == null ? msg.price_negotiable() : id.etalase.common.Rupiah.format(view.price());
        String description = msg.product_description(view.name(), price, view.member().name(),
                view.district().name());
        PageMeta meta = meta(language, view.name() + " – " + view.member().name(), description, "/produk/" + slug)
                .withJsonLd(productJsonLd(view, absolute("/produk/" + slug)));
        meta = meta.withType("product");
        return localized(Templates.product(meta, view, page.related(),
                enquiries.shareLink(page.seller(), language)), language);
    }

    @GET
    @Path("anggota/{slug}")
    public TemplateInstance member(@PathParam("slug") String slug) {
        String language = language();
        MemberDetailView member = members.findProfile(slug).orElseThrow(NotFoundException::new);
        AppMessages msg = Languages.messages(language);
        PageMeta meta = meta(language, member.name() + " – " + msg.site_name(),
                msg.member_description(member.name(), member.district().name(), member.productCount()),
                "/anggota/" + slug);
        return localized(Templates.member(meta, member), language);
    }

    private TemplateInstance results(SearchParams params, String language, String path, String heading, String title,
            String description) {
        SearchResult result = search.search(params, language);
        AppMessages msg = Languages.messages(language);
        QueryUrl current = new QueryUrl(path, currentParams(params, path));
        List<FacetGroup> facets = new ArrayList<>();
        facets.add(facet(msg.facet_sector(), result.facets().get("sector"), current, "sector", params.sector, path));
        facets.add(facet(msg.facet_district(), result.facets().get("district"), current, "district",
                params.district, path));
        facets.add(facet(msg.facet_scale(), result.facets().get("scale"), current, "scale", params.scale, path));
        facets.add(priceFacet(msg.facet_price(), result.facets().get("price"), current, params));
        List<Link> sorts = new ArrayList<>();
        String activeSort = params.sortOrder().value();
        if (params.query() != null) {
            sorts.add(Link.of(msg.sort_relevance(), current.with("sort", null).without("page").toString(),
                    activeSort.equals("relevance")));
        }
        for (String sort : List.of("newest", "price_asc", "price_desc", "name")) {
            sorts.add(Link.of(sortLabel(sort, msg), current.with("sort", sort).without("page").toString(),
                    activeSort.equals(sort)));
        }
        List<Suggestion> suggestions = result.total() == 0 && params.query() != null
                ? suggest.suggest(params.query().substring(0, Math.min(4, params.query().length())), language)
                : List.of();
        PageMeta meta = meta(language, title, description, path);
        return localized(Templates.results(meta, heading, result, facets, sorts, pages(result, current, msg),
                suggestions), language);
    }

    /** Facet values as links: choosing one filters by it, choosing the active one removes the filter. */
    private static FacetGroup facet(String title, List<SearchResult.FacetValue> values, QueryUrl current,
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

    private static FacetGroup priceFacet(String title, List<SearchResult.FacetValue> values, QueryUrl current,
            SearchParams params) {
        List<Link> links = new ArrayList<>();
        for (SearchResult.FacetValue value : values) {
            PriceBand band = PriceBand.ALL.stream().filter(b -> b.value().equals(value.value())).findFirst()
                    .orElseThrow();
            String min = band.minPrice() == null ? null : String.valueOf(band.minPrice());
            String max = band.maxPrice() == null ? null : String.valueOf(band.maxPrice());
            boolean on = java.util.Objects.equals(min, params.minPrice)
                    && java.util.Objects.equals(max, params.maxPrice);
            QueryUrl url = on ? current.with("minPrice", null).with("maxPrice", null)
                    : current.with("minPrice", min).with("maxPrice", max);
            links.add(new Link(value.label(), url.without("page").toString(), on, value.count()));
        }
        return new FacetGroup(title, links);
    }

    private static List<Link> pages(SearchResult result, QueryUrl current, AppMessages msg) {
        int count = (int) Math.min((result.total() + result.size() - 1) / result.size(),
                SearchService.maxPage(result.size()));
        List<Link> links = new ArrayList<>();
        if (count <= 1) {
            return links;
        }
        int page = result.page();
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

    private static Map<String, String> currentParams(SearchParams params, String path) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", params.query());
        if (!path.startsWith("/kategori/")) {
            values.put("sector", params.sector);
        }
        if (!path.startsWith("/wilayah/")) {
            values.put("district", params.district);
        }
        values.put("scale", params.scale);
        values.put("minPrice", params.minPrice);
        values.put("maxPrice", params.maxPrice);
        values.put("sort", params.sort);
        values.put("page", params.page);
        values.put("size", params.size);
        return values;
    }

    private static String sortLabel(String sort, AppMessages msg) {
        return switch (sort) {
            case "price_asc" -> msg.sort_price_asc();
            case "price_desc" -> msg.sort_price_desc();
            case "name" -> msg.sort_name();
            default -> msg.sort_newest();
        };
    }

    /** schema.org Product with an IDR offer and the seller, as JSON safe to put inside a script element. */
    private String productJsonLd(ProductDetailView product, String url) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("priceCurrency", "IDR");
        if (product.price() != null) {
            offer.put("price", product.price());
        }
        offer.put("availability", "https://schema.org/InStock");
        offer.put("url", url);
        offer.put("seller", Map.of("@type", "Organization", "name", product.member().name(),
                "url", absolute("/anggota/" + product.member().slug())));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("name", product.name());
        if (product.description() != null) {
            ld.put("description", product.description());
        }
        ld.put("url", url);
        ld.put("image", absolute(Pages.SHARE_IMAGE));
        ld.put("category", product.sector().name());
        ld.put("offers", offer);
        try {
            return json.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private PageMeta meta(String language, String title, String description, String path) {
        return Pages.meta(urls.base(), uri, language, title, description, absolute(path));
    }

    private String absolute(String path) {
        return publicUrl() + path;
    }

    private String publicUrl() {
        return urls.base();
    }

    private String language() {
        return Languages.forRequest(uri, headers);
    }

    private static TemplateInstance localized(TemplateInstance page, String language) {
        return Pages.localized(page, language);
    }
}

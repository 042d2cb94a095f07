package id.etalase.web;

import id.etalase.catalog.CatalogService;
import id.etalase.catalog.FeaturedMemberView;
import id.etalase.catalog.MemberDetailView;
import id.etalase.catalog.PhotoService;
import id.etalase.catalog.PhotoView;
import id.etalase.catalog.ProductDetailView;
import id.etalase.catalog.ProductPage;
import id.etalase.catalog.ShopWindow;
import id.etalase.catalog.Storefront;
import id.etalase.catalog.ProductView;
import id.etalase.common.DatabaseFaults;
import id.etalase.common.PublicUrls;
import id.etalase.common.QueryUrl;
import id.etalase.common.RateLimited;
import id.etalase.enquiry.EnquiryService;
import id.etalase.enquiry.RequestInfo;
import id.etalase.enquiry.WhatsAppLinks;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import id.etalase.reference.DistrictView;
import id.etalase.reference.ReferenceData;
import id.etalase.reference.SectorView;
import id.etalase.search.FacetLabels;
import id.etalase.settings.Community;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The shopper's pages: home, sector and district listings, search, product and member storefronts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StorefrontResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageMeta meta, String tagline, List<ProductView> featured,
                boolean curated, List<ProductView> newest, List<FeaturedMemberView> members, List<SectorView> sectors,
                List<DistrictView> districts, Map<String, PhotoView> covers);

        static native TemplateInstance results(PageMeta meta, String heading, SearchResult result,
                List<ResultLinks.FacetGroup> facets, List<Link> sorts, List<Link> pages, List<Suggestion> suggestions,
                Map<String, PhotoView> covers, Map<String, String> moreFromSellers);

        static native TemplateInstance product(PageMeta meta, ProductDetailView product, List<ProductView> related,
                String shareUrl, List<PhotoView> photos, Map<String, PhotoView> covers);

        static native TemplateInstance member(PageMeta meta, MemberDetailView member, Map<String, PhotoView> covers,
                String chat);

        static native TemplateInstance card(PageMeta meta, MemberDetailView member, String address);
    }

    @Inject
    PageRequest view;

    @Inject
    CatalogService catalog;

    @Inject
    SearchService search;

    @Inject
    SuggestService suggest;

    @Inject
    ReferenceData reference;

    @Inject
    ProductJsonLd jsonLd;

    @Inject
    PhotoService photos;

    @Inject
    FacetLabels labels;

    @Inject
    PublicUrls urls;

    @Inject
    EnquiryService enquiries;

    @Inject
    Storefront storefront;

    @Inject
    RenderedPages rendered;

    @Context
    HttpServerRequest request;

    @Context
    UriInfo uri;

    @GET
    public String home() {
        String language = view.language();
        ShopWindow window = storefront.home();
        return rendered.html(request, "/", language, window, () -> homePage(window, language));
    }

    private TemplateInstance homePage(ShopWindow window, String language) {
        AppMessages msg = Languages.messages(language);
        // While no curated product is current, the first section shows the newest (and the second is left out).
        boolean curated = !window.featured().isEmpty();
        Community community = Pages.community();
        String tagline = community.tagline(language);
        PageMeta meta = meta(language, community.name() + " – " + tagline, msg.home_description(community.name()),
                "/");
        return localized(Templates.home(meta, tagline, curated ? window.featured() : window.newest(), curated,
                window.newest(), window.members(), window.sectors(), window.districts(), window.covers()), language);
    }

    @RateLimited(RateLimited.SEARCH)
    @GET
    @Path("kategori/{sector}")
    public Response sector(@PathParam("sector") String slug, @Valid @BeanParam SearchParams params) {
        String language = view.language();
        var found = reference.sector(slug);
        if (found.isEmpty()) {
            // A renamed or merged sector's old address leads for good to the sector it became.
            String current = reference.sectorRedirect(slug).orElseThrow(NotFoundException::new);
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(java.net.URI.create(urls.absolute("/kategori/" + current)
                            + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery())))
                    .build();
        }
        var sector = found.get();
        params.sector = sector.slug();
        AppMessages msg = Languages.messages(language);
        String name = sector.name(language);
        return Response.ok(results(params, language, "/kategori/" + slug, name,
                msg.sector_title(name, Pages.siteName()), msg.sector_description(name, Pages.siteName()))).build();
    }

    @RateLimited(RateLimited.SEARCH)
    @GET
    @Path("wilayah/{district}")
    public String district(@PathParam("district") String key, @Valid @BeanParam SearchParams params) {
        String language = view.language();
        ReferenceData.DistrictName district = reference.districtByCodeOrSlug(key).orElseThrow(NotFoundException::new);
        params.district = district.code();
        AppMessages msg = Languages.messages(language);
        return results(params, language, "/wilayah/" + district.slug(), district.name(),
                msg.district_title(district.name(), Pages.siteName()), msg.district_description(district.name()));
    }

    @RateLimited(RateLimited.SEARCH)
    @GET
    @Path("cari")
    public String search(@Valid @BeanParam SearchParams params) {
        String language = view.language();
        AppMessages msg = Languages.messages(language);
        String query = params.query();
        String heading = query == null ? msg.search_all() : msg.search_heading(query);
        return results(params, language, "/cari", heading, heading + " – " + Pages.siteName(),
                msg.home_description(Pages.siteName()));
    }

    @GET
    @Path("produk/{slug}")
    public String product(@PathParam("slug") String slug) {
        String language = view.language();
        ProductPage page = storefront.productPage(slug).orElseThrow(NotFoundException::new);
        enquiries.recordProductView(page.seller(), RequestInfo.from(request));
        return rendered.html(request, "/produk/" + slug, language, page, () -> productPage(page, language));
    }

    private TemplateInstance productPage(ProductPage page, String language) {
        ProductDetailView view = page.product();
        String path = "/produk/" + view.slug();
        AppMessages msg = Languages.messages(language);
        String price = view.price() == null ? msg.price_negotiable() : id.etalase.common.Rupiah.format(view.price());
        String description = msg.product_description(view.name(), price, view.member().name(),
                view.district().name(), Pages.siteName());
        List<PhotoView> gallery = page.gallery();
        PageMeta meta = meta(language, view.name() + " – " + view.member().name(), description, path)
                .withJsonLd(jsonLd.product(view, absolute(path), gallery.stream()
                        .map(p -> absolute(p.large())).toList()))
                .withType("product");
        if (!gallery.isEmpty()) {
            PhotoView cover = gallery.get(0);
            meta = meta.withImage(new PageMeta.Image(absolute(cover.large()), cover.width(), cover.height(),
                    msg.product_photo_alt(view.name(), view.member().name())));
        }
        return localized(Templates.product(meta, view, page.related(), enquiries.shareLink(page.seller(), msg),
                gallery, page.relatedCovers()), language);
    }

    /** The shop's QR code as a card to print and put on the stall: its name, the code, the address, the brand. */
    @GET
    @Path("anggota/{slug}/kartu")
    public TemplateInstance card(@PathParam("slug") String slug) {
        String language = view.language();
        MemberDetailView member = catalog.memberProfile(slug).orElseThrow(NotFoundException::new);
        PageMeta meta = meta(language, member.name() + " – " + Pages.siteName(),
                Languages.sellerMessages(language).card_scan(member.name()), "/anggota/" + slug + "/kartu");
        return localized(Templates.card(meta, member, absolute("/anggota/" + slug)), language);
    }

    @GET
    @Path("anggota/{slug}")
    public TemplateInstance member(@PathParam("slug") String slug) {
        String language = view.language();
        MemberDetailView member = catalog.memberProfile(slug).orElseThrow(NotFoundException::new);
        AppMessages msg = Languages.messages(language);
        PageMeta meta = meta(language, member.name() + " – " + Pages.siteName(),
                msg.member_description(member.name(), member.district().name(), Pages.siteName(),
                        member.productCount()),
                "/anggota/" + slug);
        String chat = WhatsAppLinks.chatSeller(member.whatsapp(), member.name(), absolute("/anggota/" + slug),
                Pages.siteName(), Languages.sellerMessages(language));
        return localized(Templates.member(meta, member, covers(member.products()), chat), language);
    }

    /**
     * A page of results. Its HTML is kept per address while the search's answer is the same kept one and the sector
     * and district names the same read. Covers change only with the products, which makes the answer a new one; cards
     * drawn with letter tiles while the database was away stay so until then (at most the answers' keeping time).
     */
    private String results(SearchParams params, String language, String path, String heading, String title,
            String description) {
        SearchResult answer = search.search(params);
        return rendered.htmlOfAddress(request, language, List.of(answer, reference.names()),
                () -> resultsPage(answer, params, language, path, heading, title, description));
    }

    private TemplateInstance resultsPage(SearchResult answer, SearchParams params, String language, String path,
            String heading, String title, String description) {
        SearchResult result = labels.named(answer, language);
        AppMessages msg = Languages.messages(language);
        QueryUrl current = new QueryUrl(path, ResultLinks.currentParams(params, path));
        List<ResultLinks.FacetGroup> facets = new ArrayList<>();
        facets.add(ResultLinks.facet(msg.facet_sector(), result.facets().get("sector"), current, "sector",
                params.sector, path));
        facets.add(ResultLinks.facet(msg.facet_district(), result.facets().get("district"), current, "district",
                params.district, path));
        facets.add(ResultLinks.facet(msg.facet_scale(), result.facets().get("scale"), current, "scale",
                params.scale, path));
        facets.add(ResultLinks.facet(Languages.sellerMessages(language).facet_papers(), result.facets().get("paper"),
                current, "paper", params.paper, path));
        facets.add(ResultLinks.priceFacet(msg.facet_price(), result.facets().get("price"), current, params));
        List<Link> sorts = new ArrayList<>();
        String activeSort = params.sortOrder().value();
        if (params.query() != null) {
            sorts.add(Link.of(msg.sort_relevance(), current.with("sort", null).without("page").toString(),
                    activeSort.equals("relevance")));
        }
        for (String sort : List.of("newest", "price_asc", "price_desc", "name")) {
            sorts.add(Link.of(ResultLinks.sortLabel(sort, msg), current.with("sort", sort).without("page").toString(),
                    activeSort.equals(sort)));
        }
        List<Suggestion> suggestions = result.total() == 0 && params.query() != null
                ? suggest.suggest(params.query().substring(0, Math.min(4, params.query().length())))
                : List.of();
        PageMeta meta = meta(language, title, description, path);
        Map<String, PhotoView> covers = coversOrTiles(result.items().stream().map(h -> h.product().slug()).toList());
        return localized(Templates.results(meta, heading, result, facets, sorts, ResultLinks.pages(result, current, msg),
                suggestions, covers, ResultLinks.moreFromSellers(result, params)), language);
    }

    /** The covers of a result's cards; while the database is away the results come all the same, with letter tiles. */
    private Map<String, PhotoView> coversOrTiles(List<String> slugs) {
        try {
            return photos.coversBySlug(slugs);
        } catch (RuntimeException e) {
            if (!DatabaseFaults.isUnavailable(e)) {
                throw e;
            }
            DatabaseFaults.outageSeen();
            return Map.of();
        }
    }

    /** The covers of the products the cards of a page show, by slug. */
    @SafeVarargs
    private Map<String, PhotoView> covers(List<ProductView>... lists) {
        return photos.coversBySlug(java.util.Arrays.stream(lists).flatMap(List::stream).map(ProductView::slug)
                .collect(java.util.stream.Collectors.toSet()));
    }

    private PageMeta meta(String language, String title, String description, String path) {
        return Pages.meta(urls.base(), uri, language, title, description, absolute(path));
    }

    private String absolute(String path) {
        return urls.absolute(path);
    }

    private static TemplateInstance localized(TemplateInstance page, String language) {
        return Pages.localized(page, language);
    }
}

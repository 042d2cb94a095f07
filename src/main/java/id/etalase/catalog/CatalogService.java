package id.etalase.catalog;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Page;
import id.etalase.member.Member;
import id.etalase.member.MemberRepository;
import id.etalase.member.LegalPaper;
import id.etalase.member.MemberScale;
import id.etalase.member.MemberService;
import id.etalase.reference.DistrictRepository;
import id.etalase.reference.DistrictView;
import id.etalase.reference.ReferenceData;
import id.etalase.reference.SectorRepository;
import id.etalase.reference.SectorView;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Browsing the public catalogue; products are written by {@link ListingService} alone. */
@ApplicationScoped
public class CatalogService {

    static final int PROFILE_PRODUCTS = 100;

    @Inject
    ProductRepository products;

    @Inject
    IdenticalListings identicalListings;

    @Inject
    ReferenceData reference;

    @Inject
    SectorRepository sectors;

    @Inject
    DistrictRepository districts;

    @Inject
    MemberRepository memberCounts;

    @Inject
    MemberService members;

    @Inject
    PhotoService photos;

    @Transactional
    public Page<ProductView> listProducts(ProductListParams params) {
        ProductFilter filter = resolveFilter(params);
        return products.findPublic(filter, params.sortOrder(), params.pageNumber(), params.pageSize())
                .map(ProductView::of);
    }

    /**
     * Checks what a product listing names; unknown sectors, districts or members are errors on that parameter.
     * Sectors and districts come from the reference data in memory, so a search that names no member needs no
     * database: it answers from the index alone, also while the database is away. A renamed sector's old slug filters
     * by the sector it became.
     */
    public ProductFilter resolveFilter(ProductListParams params) {
        List<FieldError> errors = new ArrayList<>();
        String sector = null;
        if (params.sector != null) {
            sector = reference.sector(params.sector).map(ReferenceData.SectorName::slug)
                    .or(() -> reference.sectorRedirect(params.sector)).orElse(null);
            if (sector == null) {
                errors.add(FieldError.of("sector", "filter_unknownSector", params.sector));
            }
        }
        if (params.district != null && reference.district(params.district).isEmpty()) {
            errors.add(FieldError.of("district", "filter_unknownDistrict", params.district));
        }
        MemberScale scale = params.scale == null ? null : MemberScale.fromSlug(params.scale).orElse(null);
        ProductFilter filter = ProductFilter.none().withSector(sector).withDistrict(params.district).withScale(scale);
        if (params.member != null) {
            Optional<Member> member = QuarkusTransaction.joiningExisting().call(() -> members.findActive(params.member));
            if (member.isEmpty()) {
                errors.add(FieldError.of("member", "filter_unknownMember", params.member));
            }
            filter = filter.withMember(member.orElse(null));
        }
        return priced(filter, params, errors);
    }

    /**
     * The filter with the listing's price range and legal paper, without a seller's identical listings but the oldest;
     * every error found on the way is answered at once.
     */
    private ProductFilter priced(ProductFilter filter, ProductListParams params, List<FieldError> errors) {
        Long min = params.minPrice == null ? null : Long.valueOf(params.minPrice);
        Long max = params.maxPrice == null ? null : Long.valueOf(params.maxPrice);
        LegalPaper paper = params.paper == null ? null : LegalPaper.fromSlug(params.paper).orElse(null);
        if (min != null && max != null && max < min) {
            errors.add(FieldError.of("maxPrice", "filter_priceRange"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return filter.withPrice(min, max).withPaper(paper).withExcluded(identicalListings.hidden());
    }

    /** An active member's profile with its newest public products. */
    @Transactional
    public Optional<MemberDetailView> memberProfile(String slug) {
        return members.findActive(slug).map(member -> {
            Page<ProductView> page = products.findPublic(ProductFilter.none().withMember(member), ProductSort.NEWEST,
                    1, PROFILE_PRODUCTS).map(ProductView::of);
            PhotoView logo = member.logoPhotoId == null ? null
                    : photos.views(member.id, List.of(member.logoPhotoId)).stream().findFirst().orElse(null);
            return MemberDetailView.of(member, logo, page.items(), page.total());
        });
    }

    /** One public product with its seller's card, as the API shows it. */
    @Transactional
    public Optional<ProductDetailView> findProduct(String slug) {
        return products.findPublicBySlug(slug).map(ProductDetailView::of);
    }

    /**
     * A public product's page: the product, its seller, its photos and up to {@code relatedLimit} related products
     * with their covers (the {@link Storefront} keeps it).
     */
    @Transactional
    Optional<ProductPage> productPage(String slug, int relatedLimit) {
        return products.findPublicBySlug(slug).map(product -> {
            List<ProductView> related = related(product, relatedLimit);
            return new ProductPage(ProductDetailView.of(product), ProductSeller.of(product),
                    photos.photosOf(product.id), related,
                    photos.coversBySlug(related.stream().map(ProductView::slug).collect(Collectors.toSet())));
        });
    }

    /** The seller of a public product, to count an enquiry or view and open the chat. */
    @Transactional
    public Optional<ProductSeller> findSeller(String slug) {
        return products.findPublicBySlug(slug).map(ProductSeller::of);
    }

    /** The home page of the given day, read in one transaction (the {@link Storefront} keeps it). */
    @Transactional
    ShopWindow shopWindow(LocalDate day, int products, int members) {
        List<ProductView> featured = products(this.products.findFeaturedPublic(day, products));
        List<ProductView> newest = products(this.products.findNewestPublic(null, products));
        Map<String, PhotoView> covers = photos.coversBySlug(java.util.stream.Stream.concat(featured.stream(),
                newest.stream()).map(ProductView::slug).collect(Collectors.toSet()));
        return new ShopWindow(featured, newest, featuredMembers(day, members), sectorsWithCounts(),
                districtsWithCounts(), covers);
    }

    private static List<ProductView> products(List<Product> found) {
        return found.stream().map(ProductView::of).toList();
    }

    /** The members the admins feature on the given day ("Anggota pilihan"), in their order, with their logos. */
    private List<FeaturedMemberView> featuredMembers(LocalDate day, int limit) {
        List<Member> featured = Panache.getEntityManager().createQuery("select m from FeaturedMember f join Member m"
                + " on m.id = f.memberId join fetch m.district join fetch m.sector where "
                + ProductRepository.SHOWN_ON + " and " + Member.ACTIVE + " order by f.position, f.memberId",
                Member.class).setParameter("day", day).setMaxResults(limit).getResultList();
        Map<Long, PhotoView> logos = photos.logosOf(featured);
        return featured.stream().map(m -> FeaturedMemberView.of(m, logos.get(m.id))).toList();
    }

    static final int RELATED_CANDIDATES = 16;

    /** Other products of the same sector, those from the same district first, among the sector's newest. */
    private List<ProductView> related(Product product, int limit) {
        List<Product> newest = products.findNewestPublic(product.sector, RELATED_CANDIDATES).stream()
                .filter(p -> !p.id.equals(product.id)).toList();
        return java.util.stream.Stream.concat(
                newest.stream().filter(p -> p.member.district.id.equals(product.member.district.id)),
                newest.stream().filter(p -> !p.member.district.id.equals(product.member.district.id)))
                .limit(limit).map(ProductView::of).toList();
    }

    private List<SectorView> sectorsWithCounts() {
        Map<String, Long> productCounts = products.countPublicBy("p.sector.slug", ProductFilter.none());
        Map<String, Long> membersPer = memberCounts.countActiveBySector();
        return sectors.listOrdered().stream()
                .map(s -> SectorView.of(s, productCounts.getOrDefault(s.slug, 0L),
                        membersPer.getOrDefault(s.slug, 0L)))
                .toList();
    }

    private List<DistrictView> districtsWithCounts() {
        Map<String, Long> productCounts = products.countPublicBy("m.district.code", ProductFilter.none());
        Map<String, Long> membersPer = memberCounts.countActiveByDistrict();
        return districts.listOrdered().stream()
                .map(d -> DistrictView.of(d, productCounts.getOrDefault(d.code, 0L),
                        membersPer.getOrDefault(d.code, 0L)))
                .toList();
    }
}

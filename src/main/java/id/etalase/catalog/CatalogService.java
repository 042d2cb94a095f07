package id.etalase.catalog;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.Page;
import id.etalase.common.Slugs;
import id.etalase.member.MemberRepository;
import id.etalase.member.MemberScale;
import id.etalase.search.SearchOutbox;
import id.etalase.web.AppMessages;
import id.etalase.web.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Browsing the public catalogue and adding products to it. */
@ApplicationScoped
public class CatalogService {

    @Inject
    ProductRepository products;

    @Inject
    SectorRepository sectors;

    @Inject
    DistrictRepository districts;

    @Inject
    MemberRepository members;

    @Inject
    Validator validator;

    @Inject
    SearchOutbox searchOutbox;

    @Transactional
    public Page<ProductView> listProducts(ProductListParams params, String language) {
        ProductFilter filter = resolveFilter(params, language);
        return products.findPublic(filter, params.sortOrder(), params.pageNumber(), params.pageSize())
                .map(ProductView::of);
    }

    /** Looks up what a product listing names; unknown sectors, districts or members are errors on that parameter. */
    @Transactional
    public ProductFilter resolveFilter(ProductListParams params, String language) {
        AppMessages msg = Languages.messages(language);
        List<FieldError> errors = new ArrayList<>();
        ProductFilter filter = resolveCommon(params, msg, errors);
        if (params.member != null) {
            var member = members.findActiveBySlug(params.member);
            if (member.isEmpty()) {
                errors.add(new FieldError("member", msg.filter_unknownMember(params.member)));
            }
            filter = filter.withMember(member.orElse(null));
        }
        Long min = params.minPrice == null ? null : Long.valueOf(params.minPrice);
        Long max = params.maxPrice == null ? null : Long.valueOf(params.maxPrice);
        if (min != null && max != null && max < min) {
            errors.add(new FieldError("maxPrice", msg.filter_priceRange()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return filter.withPrice(min, max);
    }

    /** The sector, district and scale a member listing names. */
    @Transactional
    public ProductFilter resolveFilter(ListingParams params, String language) {
        List<FieldError> errors = new ArrayList<>();
        ProductFilter filter = resolveCommon(params, Languages.messages(language), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return filter;
    }

    private ProductFilter resolveCommon(ListingParams params, AppMessages msg, List<FieldError> errors) {
        ProductFilter filter = ProductFilter.none();
        if (params.sector != null) {
            Optional<Sector> sector = sectors.findBySlug(params.sector);
            if (sector.isEmpty()) {
                errors.add(new FieldError("sector", msg.filter_unknownSector(params.sector)));
            }
            filter = filter.withSector(sector.orElse(null));
        }
        if (params.district != null) {
            Optional<District> district = districts.findByCode(params.district);
            if (district.isEmpty()) {
                errors.add(new FieldError("district", msg.filter_unknownDistrict(params.district)));
            }
            filter = filter.withDistrict(district.orElse(null));
        }
        if (params.scale != null) {
            filter = filter.withScale(MemberScale.fromSlug(params.scale).orElse(null));
        }
        return filter;
    }

    /** One public product with its seller's card, as the API shows it. */
    @Transactional
    public Optional<ProductDetailView> findProduct(String slug) {
        return products.findPublicBySlug(slug).map(ProductDetailView::of);
    }

    /** A public product's page: the product, its seller and up to {@code relatedLimit} related products. */
    @Transactional
    public Optional<ProductPage> productPage(String slug, int relatedLimit) {
        return products.findPublicBySlug(slug).map(product -> new ProductPage(ProductDetailView.of(product),
                ProductSeller.of(product), related(product, relatedLimit)));
    }

    /** The seller of a public product, to count an enquiry or view and open the chat. */
    @Transactional
    public Optional<ProductSeller> findSeller(String slug) {
        return products.findPublicBySlug(slug).map(ProductSeller::of);
    }

    /** The products the admins curated for the home page; empty until they curate some. */
    @Transactional
    public List<ProductView> featured(int limit) {
        return products.findFeaturedPublic(limit).stream().map(ProductView::of).toList();
    }

    @Transactional
    public List<ProductView> newest(int limit) {
        return products.findPublic(ProductFilter.none(), ProductSort.NEWEST, 1, limit).items().stream()
                .map(ProductView::of).toList();
    }

    /** Other products of the same sector, those from the same district first. */
    private List<ProductView> related(Product product, int limit) {
        List<ProductView> near = products.findPublic(ProductFilter.none().withSector(product.sector)
                .withDistrict(product.member.district), ProductSort.NEWEST, 1, limit + 1).items().stream()
                .filter(p -> !p.id.equals(product.id)).map(ProductView::of).toList();
        if (near.size() >= limit) {
            return near.subList(0, limit);
        }
        List<ProductView> wider = new java.util.ArrayList<>(near);
        products.findPublic(ProductFilter.none().withSector(product.sector), ProductSort.NEWEST, 1, limit * 2)
                .items().stream().filter(p -> !p.id.equals(product.id)).map(ProductView::of)
                .filter(v -> wider.stream().noneMatch(w -> w.slug().equals(v.slug())))
                .limit(limit - near.size()).forEach(wider::add);
        return wider;
    }

    @Transactional
    public List<SectorView> sectorsWithCounts() {
        Map<String, Long> productCounts = products.countPublicBy("p.sector.slug", ProductFilter.none());
        Map<String, Long> memberCounts = members.countActiveBySector();
        return sectors.listOrdered().stream()
                .map(s -> SectorView.of(s, productCounts.getOrDefault(s.slug, 0L),
                        memberCounts.getOrDefault(s.slug, 0L)))
                .toList();
    }

    @Transactional
    public List<DistrictView> districtsWithCounts() {
        Map<String, Long> productCounts = products.countPublicBy("m.district.code", ProductFilter.none());
        Map<String, Long> memberCounts = members.countActiveByDistrict();
        return districts.listOrdered().stream()
                .map(d -> DistrictView.of(d, productCounts.getOrDefault(d.code, 0L),
                        memberCounts.getOrDefault(d.code, 0L)))
                .toList();
    }

    /** Adds a product with a readable slug that no other product has. */
    @Transactional
    public Product addProduct(Product product) {
        product.slug = Slugs.unique(product.name, products::slugTaken);
        validate(product);
        products.persist(product);
        searchOutbox.productChanged(product.id);
        return product;
    }

    /** Changes what a shopper sees of a product; the slug stays so shared links keep working. */
    @Transactional
    public Optional<Product> updateProduct(long id, ProductChanges changes) {
        return products.findByIdOptional(id).map(product -> {
            product.name = changes.name();
            product.description = changes.description();
            product.price = changes.price();
            product.unit = changes.unit();
            validate(product);
            searchOutbox.productChanged(product.id);
            return product;
        });
    }

    @Transactional
    public Optional<Product> changeStatus(long id, ProductStatus status) {
        return products.findByIdOptional(id).map(product -> {
            product.status = status;
            searchOutbox.productChanged(product.id);
            return product;
        });
    }

    private void validate(Product product) {
        Set<ConstraintViolation<Product>> violations = validator.validate(product);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}

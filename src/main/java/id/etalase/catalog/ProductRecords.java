package id.etalase.catalog;

import id.etalase.common.FieldError;
import id.etalase.common.Rupiah;
import id.etalase.common.Slugs;
import id.etalase.member.Member;
import id.etalase.member.MemberRepository;
import id.etalase.reference.Sector;
import id.etalase.reference.SectorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Products as rows of an organiser's spreadsheet: checked, found by the member's id in the sheet or by name,
 * created and changed by an admin's import (no review queue: the admin is the reviewer) through {@link ProductWrites},
 * and listed for export.
 */
@ApplicationScoped
public class ProductRecords {

    /** One product's spreadsheet values, normalised: the sector by slug, the price in whole rupiah. */
    public record ProductRecord(String externalId, String name, String description, Long price, String unit,
            String sector) {
    }

    /** A product found for a row: its id, status and values. */
    public record Found(long id, ProductStatus status, ProductRecord values) {
    }

    /** A member's product for the export, with the member's WhatsApp number. */
    public record Listed(String whatsapp, ProductRecord values) {
    }

    /** What is wrong with a row (rule errors and the fields Bean Validation refuses) and its normalised values. */
    public record Checked(ProductRecord values, List<FieldError> errors, List<String> invalidFields) {

        public boolean valid() {
            return errors.isEmpty() && invalidFields.isEmpty();
        }
    }

    @Inject
    ProductRepository products;

    @Inject
    MemberRepository members;

    @Inject
    SectorRepository sectors;

    @Inject
    Validator validator;

    @Inject
    ProductWrites writes;

    /** Checks the values typed in a row (the price as text, the sector as a slug) without saving anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Checked check(String externalId, String name, String description, String price, String unit,
            String sector) {
        List<FieldError> errors = new ArrayList<>();
        Product product = new Product();
        product.slug = "periksa";
        product.status = ProductStatus.DRAFT;
        product.member = new Member();
        product.name = strip(name);
        product.description = strip(description);
        product.unit = strip(unit);
        product.externalId = strip(externalId);
        try {
            product.price = Rupiah.parse(price);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("price", "listing_priceInvalid"));
        }
        product.sector = sector == null ? null : sectors.findBySlug(sector).orElse(null);
        if (product.sector == null) {
            errors.add(FieldError.of("sector", "member_unknownSector"));
        }
        List<String> reported = errors.stream().map(FieldError::field).toList();
        List<String> invalid = validator.validate(product).stream().map(v -> v.getPropertyPath().toString())
                .filter(field -> !reported.contains(field)).distinct().sorted().toList();
        return new Checked(new ProductRecord(product.externalId, product.name, product.description, product.price,
                product.unit, sector), errors, invalid);
    }

    /**
     * The member's product with that spreadsheet id; else the first with that name, archived ones last (with an id
     * given: the first with that name and no id yet).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Found> find(long memberId, String externalId, String name) {
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
        Optional<Product> found = externalId == null ? Optional.empty()
                : products.find("member.id = ?1 and externalId = ?2", memberId, externalId).firstResultOptional();
        if (found.isEmpty()) {
            // A product listed before the sheet had ids gets its id on the first import that names one.
            found = products.find("member.id = ?1 and lower(name) = ?2" + (externalId == null ? ""
                    : " and externalId is null") + " order by case when status = ?3 then 1 else 0 end, id", memberId,
                    lowerName, ProductStatus.ARCHIVED).firstResultOptional();
        }
        return found.map(p -> new Found(p.id, p.status, values(p)));
    }

    /**
     * A new product of the member: published at once when the member is active (an organiser's import is the
     * review), a draft otherwise. The caller checked the values.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long create(long memberId, ProductRecord values) {
        Member member = members.findByIdOptional(memberId).orElseThrow(NotFoundException::new);
        Product product = new Product();
        product.member = member;
        product.status = member.isActive() ? ProductStatus.PUBLISHED : ProductStatus.DRAFT;
        product.submittedAt = java.time.Instant.now();
        copy(values, product);
        product.slug = Slugs.unique(product.name, products::slugTaken);
        writes.add(product);
        writes.changed(product);
        return product.id;
    }

    /** Changes the product's values (its status stays); the caller checked them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(long productId, ProductRecord values) {
        Product product = products.findByIdOptional(productId).orElseThrow(NotFoundException::new);
        copy(values, product);
        writes.changed(product);
    }

    /** Every product that is not archived, by member and then oldest first. */
    @Transactional
    public List<Listed> all() {
        return products.getEntityManager().createQuery("select p from Product p join fetch p.member m"
                + " join fetch p.sector where p.status <> id.etalase.catalog.ProductStatus.ARCHIVED"
                + " order by m.id, p.id", Product.class).getResultStream()
                .map(p -> new Listed(p.member.whatsapp, values(p))).toList();
    }

    private void copy(ProductRecord values, Product product) {
        product.externalId = values.externalId();
        product.name = values.name();
        product.description = values.description();
        product.price = values.price();
        product.unit = values.unit();
        product.sector = sectors.findBySlug(values.sector()).orElseThrow();
    }

    private static ProductRecord values(Product p) {
        return new ProductRecord(p.externalId, p.name, p.description, p.price, p.unit, p.sector.slug);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

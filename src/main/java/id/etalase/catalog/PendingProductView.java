package id.etalase.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A submitted product waiting for an admin, with what the admin needs to judge it, its photos included (cover first);
 * a decision names its version.
 */
public record PendingProductView(long id, String name, String description, Long price, String unit, String sector,
        String member, String memberSlug, Instant submittedAt, long version, List<PhotoView> photos) {

    static PendingProductView of(Product product) {
        return of(product, PhotoView.onProduct(product.id));
    }

    static PendingProductView of(Product product, List<PhotoView> photos) {
        return new PendingProductView(product.id, product.name, product.description, product.price, product.unit,
                product.sector.slug, product.member.businessName, product.member.slug,
                product.submittedAt != null ? product.submittedAt : product.createdAt, product.version, photos);
    }
}

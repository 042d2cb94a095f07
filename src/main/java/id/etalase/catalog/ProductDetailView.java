package id.etalase.catalog;

import id.etalase.member.MemberView;
import java.time.Instant;

/** One product with its description and the seller's card. */
public record ProductDetailView(String slug, String name, String description, Long price, String unit,
        ProductView.SectorRef sector, ProductView.DistrictRef district, MemberView member, Instant createdAt, Instant updatedAt) {

    public static ProductDetailView of(Product product) {
        ProductView summary = ProductView.of(product);
        return new ProductDetailView(product.slug, product.name, product.description, product.price, product.unit,
                summary.sector(), summary.district(), MemberView.of(product.member), product.createdAt, product.updatedAt);
    }
}

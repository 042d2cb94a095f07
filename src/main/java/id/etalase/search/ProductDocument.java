package id.etalase.search;

import id.etalase.catalog.Product;
import id.etalase.member.Member;
import java.time.Instant;

/** The search document of one public product, denormalised so a search needs no database round trip. */
public record ProductDocument(String slug, String name, String description, String sector, String sectorName,
        String district, String districtSlug, String districtName, String memberSlug, String memberName,
        String scale, Long price, String unit, Instant createdAt, Instant updatedAt) {

    public static ProductDocument of(Product product) {
        Member member = product.member;
        return new ProductDocument(product.slug, product.name, product.description, product.sector.slug,
                product.sector.nameId, member.district.code, member.district.slug, member.district.name, member.slug,
                member.businessName, member.scale.slug(), product.price, product.unit,
                product.createdAt, product.updatedAt);
    }
}

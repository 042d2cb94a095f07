package id.etalase.search;

import id.etalase.catalog.Product;
import id.etalase.member.LegalPaper;
import id.etalase.member.Member;
import java.time.Instant;
import java.util.List;

/**
 * The search document of one public product, denormalised so a search needs no database round trip. {@code papers}
 * are the legal papers its seller holds; {@code head} is the first word of its name, which says what the product is.
 */
public record ProductDocument(String slug, String name, String description, String sector, String sectorName,
        String district, String districtSlug, String districtName, String memberSlug, String memberName,
        String scale, List<String> papers, String head, Long price, String unit, Instant createdAt,
        Instant updatedAt) {

    public static ProductDocument of(Product product) {
        Member member = product.member;
        return new ProductDocument(product.slug, product.name, product.description, product.sector.slug,
                product.sector.nameId, member.district.code, member.district.slug, member.district.name, member.slug,
                member.businessName, member.scale.slug(), LegalPaper.heldSlugs(member),
                SearchWords.head(product.name), product.price, product.unit,
                product.createdAt, product.updatedAt);
    }
}

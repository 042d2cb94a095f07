package id.etalase.catalog;

import id.etalase.member.Member;
import java.time.Instant;

/** A product in a listing; the detail view adds the description and the seller's profile. */
public record ProductView(String slug, String name, Long price, String unit, SectorRef sector, DistrictRef district,
        MemberRef member, Instant createdAt) {

    public record SectorRef(String slug, String name) {
    }

    public record DistrictRef(String code, String name) {
    }

    public record MemberRef(String slug, String name) {
    }

    public static ProductView of(Product product) {
        Member member = product.member;
        return new ProductView(product.slug, product.name, product.price, product.unit,
                new SectorRef(product.sector.slug, product.sector.nameId),
                new DistrictRef(member.district.code, member.district.name),
                new MemberRef(member.slug, member.businessName), product.createdAt);
    }
}

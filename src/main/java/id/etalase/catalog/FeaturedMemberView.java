package id.etalase.catalog;

import id.etalase.member.Member;

/** A member on the home page's "Anggota pilihan": name, district, sector and logo (null while it has none). */
public record FeaturedMemberView(String slug, String name, String district, String sectorId, String sectorEn,
        PhotoView logo) {

    static FeaturedMemberView of(Member member, PhotoView logo) {
        return new FeaturedMemberView(member.slug, member.businessName, member.district.name, member.sector.nameId,
                member.sector.nameEn, logo);
    }
}

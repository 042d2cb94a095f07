package id.etalase.member;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A member as listings show it: enough to recognise the business and judge it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberView(String slug, String name, String scale, String sector, DistrictRef district,
        LegalPapers legal, Links links) {

    public record DistrictRef(String code, String name) {
    }

    /** The legal papers a member has declared; absent ones are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LegalPapers(String nib, String pirt, String halal, String bpom) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String instagram, String tiktok, String shopee, String tokopedia) {
    }

    public static MemberView of(Member member) {
        return new MemberView(member.slug, member.businessName, member.scale.slug(), member.sector.slug,
                new DistrictRef(member.district.code, member.district.name),
                new LegalPapers(member.nib, member.pirt, member.halalCert, member.bpom),
                new Links(member.instagram == null ? null : "https://www.instagram.com/" + member.instagram,
                        member.tiktok == null ? null : "https://www.tiktok.com/@" + member.tiktok,
                        member.shopeeUrl, member.tokopediaUrl));
    }
}

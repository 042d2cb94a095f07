package id.etalase.member;

/** Everything the storefront shows of a member business, as typed in the profile form (checked by MemberService). */
public record MemberProfile(String businessName, String ownerName, String scale, String sector, String district,
        String address, String description, String instagram, String tiktok, String shopeeUrl, String tokopediaUrl,
        String nib, String pirt, String halalCert, String bpom) {

    /** The profile as the member's form shows it before any change. */
    static MemberProfile of(Member member) {
        return new MemberProfile(member.businessName, member.ownerName, member.scale.slug(), member.sector.slug,
                member.district.code, member.address, member.description, member.instagram, member.tiktok,
                member.shopeeUrl, member.tokopediaUrl, member.nib, member.pirt, member.halalCert, member.bpom);
    }
}

package id.etalase.member;

import java.time.Instant;

/**
 * A registration waiting for an admin, with everything its member can still change in the profile (the logo as its
 * photo's id), so the admin judges what goes live; a decision names its version.
 */
public record PendingMemberView(long id, String slug, String name, String owner, String whatsapp, String sector,
        String district, Instant submittedAt, String scale, String address, String description, String instagram,
        String tiktok, String shopeeUrl, String tokopediaUrl, String nib, String pirt, String halalCert, String bpom,
        Long logoPhotoId, long version) {

    static PendingMemberView of(Member member) {
        return new PendingMemberView(member.id, member.slug, member.businessName, member.ownerName, member.whatsapp,
                member.sector.slug, member.district.name, member.submittedAt != null ? member.submittedAt
                        : member.createdAt, member.scale.slug(), member.address, member.description, member.instagram,
                member.tiktok, member.shopeeUrl, member.tokopediaUrl, member.nib, member.pirt, member.halalCert,
                member.bpom, member.logoPhotoId, member.version);
    }
}

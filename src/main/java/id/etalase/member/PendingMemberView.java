package id.etalase.member;

import java.time.Instant;

/** A registration waiting for an admin, with what the admin needs to judge it. */
public record PendingMemberView(long id, String slug, String name, String owner, String whatsapp, String sector,
        String district, Instant submittedAt) {

    static PendingMemberView of(Member member) {
        return new PendingMemberView(member.id, member.slug, member.businessName, member.ownerName, member.whatsapp,
                member.sector.slug, member.district.name, member.submittedAt != null ? member.submittedAt
                        : member.createdAt);
    }
}

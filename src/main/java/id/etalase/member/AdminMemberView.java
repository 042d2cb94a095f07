package id.etalase.member;

/** A member as the admins' member list shows it, in any state. */
public record AdminMemberView(long id, String slug, String name, String owner, String whatsapp, String district,
        String status, String reviewNote) {

    static AdminMemberView of(Member member) {
        return new AdminMemberView(member.id, member.slug, member.businessName, member.ownerName, member.whatsapp,
                member.district.name, member.status.name().toLowerCase(java.util.Locale.ROOT), member.reviewNote);
    }
}

package id.etalase.member;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A member business as its owner sees it: the public card and where approval stands. */
public record OwnMemberView(@JsonIgnore long id, MemberView card, String status, String reviewNote,
        String whatsapp, String whatsappRequested) {

    /** Not approved yet (waiting, or asked to fix the registration): submitted products wait with it. */
    public boolean applying() {
        return pending() || rejected();
    }

    public boolean pending() {
        return "pending".equals(status);
    }

    public boolean rejected() {
        return "rejected".equals(status);
    }

    public boolean suspended() {
        return "suspended".equals(status);
    }

    static OwnMemberView of(Member member) {
        return new OwnMemberView(member.id, MemberView.of(member), member.status.name().toLowerCase(
                java.util.Locale.ROOT), member.reviewNote, member.whatsapp, member.whatsappRequested);
    }
}

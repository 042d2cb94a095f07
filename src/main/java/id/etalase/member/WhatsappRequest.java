package id.etalase.member;

import java.time.Instant;

/** A member waiting for an admin to confirm a new WhatsApp number, with the number in use until then. */
public record WhatsappRequest(long memberId, String businessName, String owner, String whatsapp, String requested,
        Instant requestedAt) {

    static WhatsappRequest of(Member member) {
        return new WhatsappRequest(member.id, member.businessName, member.ownerName, member.whatsapp,
                member.whatsappRequested, member.whatsappRequestedAt);
    }
}

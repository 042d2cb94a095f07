package id.etalase.member;

/** An admin's decision on a new WhatsApp number: the number before and the one asked for, for the audit log. */
public record WhatsappChange(long memberId, String name, String before, String requested, boolean approved) {
}

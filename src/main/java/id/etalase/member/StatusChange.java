package id.etalase.member;

/** A member's status before and after an admin's decision, for the audit log. */
public record StatusChange(long memberId, String name, String before, String after) {
}

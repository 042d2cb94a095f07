package id.etalase.member;

/** A member's name, district, scale or status changed: all its products look different to shoppers. */
public record MemberChanged(long memberId) {
}

package id.etalase.member;

/** What a business fills in to join: text as typed, normalised and checked by MemberService. */
public record MemberRegistration(String businessName, String ownerName, MemberScale scale, String sector,
        String district, String address, String description, String whatsapp, String instagram, String tiktok,
        String shopeeUrl, String tokopediaUrl, String nib, String pirt, String halalCert, String bpom) {
}

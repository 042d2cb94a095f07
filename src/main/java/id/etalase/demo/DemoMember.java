package id.etalase.demo;

import java.time.LocalDateTime;

/** A generated member row; sector by slug and district by region code, resolved to ids when written. */
public record DemoMember(
        String slug,
        String businessName,
        String ownerName,
        String scale,
        String sectorSlug,
        String districtCode,
        String address,
        String description,
        String whatsapp,
        String instagram,
        String tiktok,
        String shopeeUrl,
        String tokopediaUrl,
        String nib,
        String pirt,
        String halalCert,
        String bpom,
        String status,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}

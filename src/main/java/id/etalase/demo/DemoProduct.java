package id.etalase.demo;

import java.time.LocalDateTime;

/** A generated product row; its member by slug, its sector by slug. Never featured: admins curate that. */
public record DemoProduct(
        String slug,
        String memberSlug,
        String name,
        String description,
        Long price,
        String unit,
        String sectorSlug,
        String status,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}

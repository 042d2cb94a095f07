package id.etalase.catalog;

import java.util.Locale;

/** One of the member's own products in their list: its state, and whether an edit waits for an admin. */
public record OwnProductView(long id, String slug, String name, Long price, String unit, String status,
        String reviewNote, boolean revisionPending, String revisionNote) {

    public boolean isPublished() {
        return "published".equals(status);
    }

    public boolean canSubmit() {
        return "draft".equals(status) || "rejected".equals(status);
    }

    public boolean canArchive() {
        return !"archived".equals(status);
    }

    static OwnProductView of(Product product, ProductRevision pending, ProductRevision lastRejected) {
        return new OwnProductView(product.id, product.slug, product.name, product.price, product.unit,
                product.status.name().toLowerCase(Locale.ROOT), product.reviewNote, pending != null,
                pending == null && lastRejected != null ? lastRejected.reviewNote : null);
    }
}

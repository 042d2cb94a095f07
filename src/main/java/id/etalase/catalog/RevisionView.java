package id.etalase.catalog;

import id.etalase.common.Rupiah;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A waiting edit of a published product: each changed field with its live value and the proposed one. */
public record RevisionView(long id, long productId, String productSlug, String member, Instant createdAt,
        List<Change> changes, long version) {

    /** One field that differs: before is what shoppers see now. */
    public record Change(String field, String before, String after) {
    }

    static RevisionView of(ProductRevision revision) {
        Product live = revision.product;
        List<Change> changes = new ArrayList<>();
        add(changes, "name", live.name, revision.name);
        add(changes, "description", live.description, revision.description);
        add(changes, "price", price(live.price), price(revision.price));
        add(changes, "unit", live.unit, revision.unit);
        add(changes, "sector", live.sector.slug, revision.sector.slug);
        if (revision.photoIds != null) {
            long before = Photo.count("productId", live.id);
            long after = ListingService.ids(revision.photoIds).size();
            changes.add(new Change("photos", String.valueOf(before), String.valueOf(after)));
        }
        return new RevisionView(revision.id, live.id, live.slug, live.member.businessName, revision.createdAt,
                changes, revision.version);
    }

    private static void add(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static String price(Long price) {
        return price == null ? null : Rupiah.format(price);
    }

    /** The fields of one version in one line, for the audit log. */
    static String describe(String name, String description, Long price, String unit, String sector) {
        String text = "name=" + name + "; price=" + (price == null ? "nego" : price) + "; unit=" + unit + "; sector="
                + sector + "; description=" + (description == null ? "" : description);
        return text.length() > 2000 ? text.substring(0, 1997) + "…" : text;
    }
}

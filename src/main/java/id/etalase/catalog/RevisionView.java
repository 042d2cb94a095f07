package id.etalase.catalog;

import id.etalase.common.Rupiah;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A waiting edit of a published product: each changed field with its live value and the proposed one. */
public record RevisionView(long id, long productId, String productSlug, String member, Instant createdAt,
        List<Change> changes, long version, List<PhotoChange> photos) {

    /** One field that differs: before is what shoppers see now. */
    public record Change(String field, String before, String after) {
    }

    /**
     * A photo of an edit that changes the photos: what goes live in the edit's order (change "added" or "kept"), then
     * the live photos it would take off the product ("removed"). Empty when the edit keeps the photos as they are.
     */
    public record PhotoChange(PhotoView photo, String change) {

        public static final String ADDED = "added";
        public static final String KEPT = "kept";
        public static final String REMOVED = "removed";
    }

    static RevisionView of(ProductRevision revision) {
        Product live = revision.product;
        List<Change> changes = new ArrayList<>();
        add(changes, "name", live.name, revision.name);
        add(changes, "description", live.description, revision.description);
        add(changes, "price", price(live.price), price(revision.price));
        add(changes, "unit", live.unit, revision.unit);
        add(changes, "sector", live.sector.slug, revision.sector.slug);
        List<PhotoChange> photos = List.of();
        if (revision.photoIds != null) {
            List<Long> before = Photo.<Photo>find("productId = ?1 order by position, id", live.id)
                    .project(PhotoService.IdOnly.class).list().stream().map(PhotoService.IdOnly::id).toList();
            List<Long> after = ListingService.ids(revision.photoIds);
            changes.add(new Change("photos", String.valueOf(before.size()), String.valueOf(after.size())));
            photos = photoChanges(before, after);
        }
        return new RevisionView(revision.id, live.id, live.slug, live.member.businessName, revision.createdAt,
                changes, revision.version, photos);
    }

    private static List<PhotoChange> photoChanges(List<Long> before, List<Long> after) {
        Set<Long> all = new LinkedHashSet<>(after);
        all.addAll(before);
        Map<Long, PhotoView> views = PhotoView.byId(all);
        List<PhotoChange> photos = new ArrayList<>();
        after.stream().filter(views::containsKey).forEach(id -> photos.add(new PhotoChange(views.get(id),
                before.contains(id) ? PhotoChange.KEPT : PhotoChange.ADDED)));
        before.stream().filter(id -> !after.contains(id) && views.containsKey(id))
                .forEach(id -> photos.add(new PhotoChange(views.get(id), PhotoChange.REMOVED)));
        return photos;
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

package id.etalase.admin;

import java.time.LocalDate;

/**
 * A featured product or member as the curation page lists it, with whether the home page shows it today: current,
 * upcoming, ended, or hidden (no longer public: unpublished, archived or its member suspended).
 */
public record FeaturedItem(long id, String slug, String name, String detail, int position, LocalDate startsOn,
        LocalDate endsOn, String state) {

    /** Names the item on the page (ids of its fields, which row a form error belongs to): "produk-12". */
    public String key(String kind) {
        return kind + "-" + id;
    }

    static String stateOn(LocalDate day, LocalDate startsOn, LocalDate endsOn, boolean isPublic) {
        if (!isPublic) {
            return "hidden";
        }
        if (startsOn != null && startsOn.isAfter(day)) {
            return "upcoming";
        }
        return endsOn != null && endsOn.isBefore(day) ? "ended" : "current";
    }
}

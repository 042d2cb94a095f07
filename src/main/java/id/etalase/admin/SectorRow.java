package id.etalase.admin;

import java.util.List;

/** A sector as the admins manage it: its names, place, how many products and members it holds, its old slugs. */
public record SectorRow(long id, String slug, String nameId, String nameEn, int position, long productCount,
        long memberCount, List<String> oldSlugs) {

    /** The key of this sector's forms on the admins' page. */
    public String key() {
        return "sector-" + id;
    }

    /** The key of this sector's merge form. */
    public String mergeKey() {
        return "merge-" + id;
    }

    /** The id as a form sends it. */
    public String idText() {
        return String.valueOf(id);
    }
}

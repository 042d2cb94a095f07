package id.etalase.admin;

import java.util.Optional;

/** What a spreadsheet holds: members or products; the slug is the one the admin pages use. */
public enum ImportKind {
    MEMBERS("anggota"), PRODUCTS("produk");

    private final String slug;

    ImportKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<ImportKind> fromSlug(String slug) {
        for (ImportKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

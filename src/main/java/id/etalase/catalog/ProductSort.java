package id.etalase.catalog;

import java.util.Locale;
import java.util.Optional;

/** The orders a product listing can be sorted in; RELEVANCE applies to searches only. */
public enum ProductSort {
    NEWEST("p.createdAt desc, p.id desc"),
    PRICE_ASC("p.price asc nulls last, p.id asc"),
    PRICE_DESC("p.price desc nulls last, p.id asc"),
    NAME("p.name asc, p.id asc"),
    RELEVANCE("p.createdAt desc, p.id desc");

    public static final String PATTERN = "newest|price_asc|price_desc|name|relevance";

    final String orderBy;

    ProductSort(String orderBy) {
        this.orderBy = orderBy;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProductSort> fromValue(String value) {
        for (ProductSort sort : values()) {
            if (sort.value().equals(value)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}

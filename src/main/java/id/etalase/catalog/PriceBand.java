package id.etalase.catalog;

import java.util.List;

/** The price ranges offered as a facet; "to" is exclusive, null means open-ended. */
public record PriceBand(String value, Long from, Long to) {

    public static final List<PriceBand> ALL = List.of(
            new PriceBand("0-24999", null, 25_000L),
            new PriceBand("25000-49999", 25_000L, 50_000L),
            new PriceBand("50000-99999", 50_000L, 100_000L),
            new PriceBand("100000-499999", 100_000L, 500_000L),
            new PriceBand("500000-", 500_000L, null));

    /** The band's minPrice/maxPrice filter values, inclusive, as the listing parameters take them. */
    public Long minPrice() {
        return from;
    }

    public Long maxPrice() {
        return to == null ? null : to - 1;
    }

    /** An HQL expression giving each price's band value (null for "harga nego"), for counting per band. */
    public static String bandOf(String price) {
        StringBuilder hql = new StringBuilder("case when " + price + " is null then null");
        for (PriceBand band : ALL) {
            hql.append(band.to() == null ? " else '" + band.value() + "' end"
                    : " when " + price + " < " + band.to() + " then '" + band.value() + "'");
        }
        return hql.toString();
    }
}

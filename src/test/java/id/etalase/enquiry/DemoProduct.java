package id.etalase.enquiry;

import id.etalase.common.Sql;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;

/** A public product of the known demo seed, with its seller, read with plain SQL. */
record DemoProduct(long id, String slug, String name, Long price, long memberId, String seller, String whatsapp) {

    static DemoProduct withPrice(Sql sql) {
        return first(sql, "p.price is not null");
    }

    static DemoProduct negotiable(Sql sql) {
        return first(sql, "p.price is null");
    }

    /** The n-th (from 0) public product with a price: tests that count use their own product. */
    static DemoProduct pricedNumber(Sql sql, int n) {
        String slug = (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS
                + " and p.price is not null order by p.id limit 1 offset " + n);
        return bySlug(sql, slug);
    }

    private static DemoProduct first(Sql sql, String condition) {
        return bySlug(sql, (String) sql.single("select p.slug from " + PUBLIC_PRODUCTS + " and " + condition
                + " order by p.id limit 1"));
    }

    static DemoProduct bySlug(Sql sql, String slug) {
        String where = " from product p join member m on m.id = p.member_id where p.slug = ?";
        Object price = sql.single("select p.price" + where, slug);
        return new DemoProduct(
                ((Number) sql.single("select p.id" + where, slug)).longValue(),
                slug,
                (String) sql.single("select p.name" + where, slug),
                price == null ? null : ((Number) price).longValue(),
                ((Number) sql.single("select m.id" + where, slug)).longValue(),
                (String) sql.single("select m.business_name" + where, slug),
                (String) sql.single("select m.whatsapp" + where, slug));
    }

    String pageUrl() {
        return "http://localhost:8080/produk/" + slug;
    }
}

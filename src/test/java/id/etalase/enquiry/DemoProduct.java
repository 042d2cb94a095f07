package id.etalase.enquiry;

import id.etalase.common.Sql;
import id.etalase.testing.Listings;
import id.etalase.web.TestMembers;
import java.util.UUID;
import static id.etalase.common.Sql.PUBLIC_PRODUCTS;

/** A public product with its seller, read with plain SQL: one of the demo seed, or one made for a test. */
record DemoProduct(long id, String slug, String name, Long price, long memberId, String seller, String whatsapp) {

    static DemoProduct withPrice(Sql sql) {
        return first(sql, "p.price is not null");
    }

    static DemoProduct negotiable(Sql sql) {
        return first(sql, "p.price is null");
    }

    /**
     * A published product of an active member made for one test, so that what the test counts starts from nothing,
     * whatever ran before on this database.
     */
    static DemoProduct created(Listings listings, TestMembers members, Sql sql) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        TestMembers.Owner seller = members.approved("Toko Uji " + key);
        return bySlug(sql, listings.published(seller.memberId(), "Produk Uji " + key, "Dibuat untuk pengujian.",
                25000L, null, "kuliner").slug());
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

package id.etalase.testing;

import id.etalase.catalog.ListingInput;
import id.etalase.catalog.ListingService;
import id.etalase.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Products made and changed in tests the way the application makes and changes them: a member's listing through
 * {@link ListingService}, submitted and approved by an admin, edited through a revision the admin approves, archived
 * by its member. No test writes products through a path production never takes.
 */
@ApplicationScoped
public class Listings {

    /** A product a test made, with what it needs to change it again. */
    public record Listed(long id, long memberId, String slug) {
    }

    @Inject
    ListingService listings;

    @Inject
    Sql sql;

    /** A product of the first active member, submitted and approved: live, and in search once indexed. */
    public Listed published(String name, String description, Long price, String unit, String sector) {
        long member = ((Number) sql.single("select id from member where status = 'active' order by id limit 1"))
                .longValue();
        long id = listings.create(member, input(name, description, price, unit, sector), true).productId();
        listings.approve(id, version("product", id));
        return new Listed(id, member, (String) sql.single("select slug from product where id = ?", id));
    }

    /** A live product's name, description, price and unit changed by its member and the edit approved. */
    public void edited(Listed product, String name, String description, Long price, String unit) {
        ListingInput current = listings.form(product.memberId(), product.id()).orElseThrow();
        listings.update(product.memberId(), product.id(), input(name, description, price, unit, current.sector()),
                false);
        Object revision = sql.single("select max(id) from product_revision where product_id = ? and status = 'pending'",
                product.id());
        if (revision != null) {
            listings.approveRevision(((Number) revision).longValue(),
                    version("product_revision", ((Number) revision).longValue()));
        }
    }

    /** Off the site, as its member takes it off. */
    public void archived(Listed product) {
        listings.archive(product.memberId(), product.id());
    }

    private long version(String table, long id) {
        return ((Number) sql.single("select version from " + table + " where id = ?", id)).longValue();
    }

    private static ListingInput input(String name, String description, Long price, String unit, String sector) {
        return new ListingInput(name, description, price == null ? "" : String.valueOf(price), unit, sector, null);
    }
}

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
        return published(member, name, description, price, unit, sector);
    }

    /** A product of this active member, submitted and approved: live, and in search once indexed. */
    public Listed published(long member, String name, String description, Long price, String unit, String sector) {
        Listed made = made(member, name, description, price, unit, sector, true);
        listings.approve(made.id(), version("product", made.id()));
        return made;
    }

    /** A product of this active member as its member saved it: a draft, or submitted and waiting for an admin. */
    public Listed made(long member, String name, String description, Long price, String unit, String sector,
            boolean submitted) {
        long id = listings.create(member, input(name, description, price, unit, sector), submitted).productId();
        return new Listed(id, member, (String) sql.single("select slug from product where id = ?", id));
    }

    /** A live product's name, description, price and unit changed by its member and the edit approved. */
    public void edited(Listed product, String name, String description, Long price, String unit) {
        Long revision = proposed(product, name, description, price, unit);
        if (revision != null) {
            listings.approveRevision(revision, version("product_revision", revision));
        }
    }

    /** A live product's edit by its member, waiting for an admin: the revision's id (none for a product not live). */
    public Long proposed(Listed product, String name, String description, Long price, String unit) {
        ListingInput current = listings.form(product.memberId(), product.id()).orElseThrow();
        listings.update(product.memberId(), product.id(), input(name, description, price, unit, current.sector()),
                false);
        Object revision = sql.single("select max(id) from product_revision where product_id = ? and status = 'pending'",
                product.id());
        return revision == null ? null : ((Number) revision).longValue();
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

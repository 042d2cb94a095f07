package id.etalase.catalog;

/**
 * A product (or an edit of one) as the admin just decided it, read back from the database for the message to its
 * member: the product's name and slug, the decision's status (product: pending, published, rejected...; edit:
 * pending, approved, rejected) and reason, and who to write to. {@code live} says whether shoppers can see the
 * product now (published and its member active).
 */
public record DecidedProductView(long productId, String name, String slug, String status, String reviewNote,
        String business, String owner, String whatsapp, boolean live) {
}

package id.etalase.catalog;

/** A product changed what shoppers see of it, or whether they see it. Fired inside the changing transaction. */
public record ProductChanged(long productId) {
}

package id.etalase.catalog;

/** The featured products or members, their order or their days changed. Fired inside the changing transaction. */
public record FeaturedChanged() {
}

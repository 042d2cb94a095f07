package id.etalase.catalog;

/** The fields of a product its seller may change. */
public record ProductChanges(String name, String description, Long price, String unit) {
}

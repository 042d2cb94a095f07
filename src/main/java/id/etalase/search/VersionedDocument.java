package id.etalase.search;

/** What one product's document becomes: written with its version, or deleted (document null). */
record VersionedDocument(long productId, ProductDocument document, Long version) {
}

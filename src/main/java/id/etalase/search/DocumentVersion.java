package id.etalase.search;

import id.etalase.catalog.Product;

/**
 * The external version of a product's search document, derived from the state it is built from: the product's
 * optimistic version in the high bits, its member's in the low 31. Both only ever grow, so a document built from a
 * later state always carries a higher version, whichever of rebuild and drain reads it, and whenever it commits.
 */
final class DocumentVersion {

    static final int MEMBER_BITS = 31;

    private DocumentVersion() {
    }

    static long of(Product product) {
        return of(product.version, product.member.version);
    }

    static long of(long productVersion, long memberVersion) {
        if (productVersion < 0 || productVersion >= 1L << (63 - MEMBER_BITS) || memberVersion < 0
                || memberVersion >= 1L << MEMBER_BITS) {
            throw new IllegalArgumentException("version out of range: " + productVersion + "/" + memberVersion);
        }
        return productVersion << MEMBER_BITS | memberVersion;
    }
}

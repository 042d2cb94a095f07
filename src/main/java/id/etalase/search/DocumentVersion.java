package id.etalase.search;

import id.etalase.catalog.Product;

/**
 * The external version of a product's search document, derived from the state it is built from: the product's
 * optimistic version in the high bits, its member's in the low 31. Both only ever grow, so a document built from a
 * later state always carries a higher version, whichever of rebuild and drain reads it, and whenever it commits.
 * Bit 62 is always set: every such version is above the time-based ones of earlier builds (about 1.8e18), so a
 * document an older replica writes during an upgrade can never outrank one written from the state.
 */
final class DocumentVersion {

    static final int MEMBER_BITS = 31;
    static final int PRODUCT_BITS = 31;
    static final long ABOVE_TIME_BASED = 1L << 62;

    private DocumentVersion() {
    }

    static long of(Product product) {
        return of(product.version, product.member.version);
    }

    static long of(long productVersion, long memberVersion) {
        if (productVersion < 0 || productVersion >= 1L << PRODUCT_BITS || memberVersion < 0
                || memberVersion >= 1L << MEMBER_BITS) {
            throw new IllegalArgumentException("version out of range: " + productVersion + "/" + memberVersion);
        }
        return ABOVE_TIME_BASED | productVersion << MEMBER_BITS | memberVersion;
    }
}

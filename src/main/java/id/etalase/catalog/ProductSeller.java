package id.etalase.catalog;

/** What counting an enquiry or view and opening the seller's chat need of one public product. */
public record ProductSeller(long productId, long memberId, String slug, String name, Long price, String sellerName,
        String sellerWhatsapp) {

    static ProductSeller of(Product product) {
        return new ProductSeller(product.id, product.member.id, product.slug, product.name, product.price,
                product.member.businessName, product.member.whatsapp);
    }
}

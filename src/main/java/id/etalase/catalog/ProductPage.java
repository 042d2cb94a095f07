package id.etalase.catalog;

import java.util.List;
import java.util.Map;

/**
 * Everything a product page shows, read in one transaction: the product, its seller, its photos (the cover first),
 * related products and their covers by slug.
 */
public record ProductPage(ProductDetailView product, ProductSeller seller, List<PhotoView> gallery,
        List<ProductView> related, Map<String, PhotoView> relatedCovers) {
}

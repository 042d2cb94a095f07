package id.etalase.catalog;

import java.util.List;

/** Everything a product page shows, read in one transaction: the product, its seller and related products. */
public record ProductPage(ProductDetailView product, ProductSeller seller, List<ProductView> related) {
}

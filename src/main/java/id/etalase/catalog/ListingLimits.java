package id.etalase.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one member may hold, so that one account (or a script with its password) cannot flood the catalogue or the
 * photo store. An admin raises either for one member (member.max_products, member.max_staged_photos).
 */
@ConfigMapping(prefix = "etalase.listings")
public interface ListingLimits {

    /** Products that are not archived. A real seller may list hundreds. */
    @WithDefault("300")
    int maxProducts();

    /** Photos uploaded with forms but not (yet) on a product: a few forms' worth. */
    @WithDefault("30")
    int maxStagedPhotos();
}

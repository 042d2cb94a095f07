package id.etalase.catalog;

import id.etalase.reference.DistrictView;
import id.etalase.reference.SectorView;
import java.util.List;
import java.util.Map;

/**
 * What the home page shows on one day, read in one transaction: the featured products (empty while none is current),
 * the newest, the featured members, the sectors and districts with their counts, and the covers of the products shown
 * by slug.
 */
public record ShopWindow(List<ProductView> featured, List<ProductView> newest, List<FeaturedMemberView> members,
        List<SectorView> sectors, List<DistrictView> districts, Map<String, PhotoView> covers) {
}

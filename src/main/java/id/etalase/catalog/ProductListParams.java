package id.etalase.catalog;

import id.etalase.common.Slugs;
import id.etalase.member.LegalPaper;
import id.etalase.member.ListingParams;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** A product listing's parameters: the common ones plus seller, price range and sort. */
public class ProductListParams extends ListingParams {

    @QueryParam("member")
    @Pattern(regexp = Slugs.PATTERN, message = "{etalase.param.member}")
    public String member;

    @QueryParam("minPrice")
    @Pattern(regexp = "\\d{1,11}", message = "{etalase.param.price}")
    public String minPrice;

    @QueryParam("maxPrice")
    @Pattern(regexp = "\\d{1,11}", message = "{etalase.param.price}")
    public String maxPrice;

    /** Only products whose seller holds this legal paper. */
    @QueryParam("paper")
    @Pattern(regexp = LegalPaper.PATTERN, message = "{etalase.param.paper}")
    public String paper;

    @QueryParam("sort")
    @Pattern(regexp = ProductSort.PATTERN, message = "{etalase.param.sort}")
    public String sort;

    /** Relevance needs a query: a plain listing sorted by relevance is sorted newest first. */
    public ProductSort sortOrder() {
        ProductSort order = sort == null ? ProductSort.NEWEST : ProductSort.fromValue(sort).orElse(ProductSort.NEWEST);
        return order == ProductSort.RELEVANCE ? ProductSort.NEWEST : order;
    }
}

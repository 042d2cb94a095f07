package id.etalase.catalog;

import id.etalase.common.Page;
import id.etalase.common.RateLimited;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class ProductResource {

    @Inject
    CatalogService catalog;

    @RateLimited(RateLimited.SEARCH)
    @GET
    @Operation(operationId = "listProducts", summary = "Published products, filtered, sorted and paged")
    public Page<ProductView> list(@Valid @BeanParam ProductListParams params) {
        return catalog.listProducts(params);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getProduct", summary = "One published product with its seller")
    public ProductDetailView get(@PathParam("slug") String slug) {
        return catalog.findProduct(slug).orElseThrow(NotFoundException::new);
    }
}

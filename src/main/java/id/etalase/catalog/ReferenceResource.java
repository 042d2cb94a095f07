package id.etalase.catalog;

import id.etalase.reference.DistrictView;
import id.etalase.reference.SectorView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sectors and districts shoppers browse by, with their counts. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class ReferenceResource {

    @Inject
    Storefront storefront;

    @GET
    @Path("/sectors")
    @Operation(operationId = "listSectors", summary = "Sectors in display order, with counts of published products and active members")
    public List<SectorView> sectors() {
        return storefront.sectors();
    }

    @GET
    @Path("/districts")
    @Operation(operationId = "listDistricts", summary = "Districts by region code, with counts of published products and active members")
    public List<DistrictView> districts() {
        return storefront.districts();
    }
}

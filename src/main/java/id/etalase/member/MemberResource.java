package id.etalase.member;

import id.etalase.catalog.ListingParams;
import id.etalase.common.Page;
import id.etalase.web.Languages;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

    @Inject
    MemberService service;

    @GET
    @Operation(summary = "Active members by business name, filtered by sector, district and scale")
    public Page<MemberView> list(@Valid @BeanParam ListingParams params, HttpHeaders headers) {
        return service.listActive(params, Languages.fromHeaders(headers));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One active member's profile with its published products")
    public MemberDetailView get(@PathParam("slug") String slug) {
        return service.findProfile(slug).orElseThrow(NotFoundException::new);
    }
}

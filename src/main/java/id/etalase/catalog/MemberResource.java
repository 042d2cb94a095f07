package id.etalase.catalog;

import id.etalase.common.Page;
import id.etalase.member.ListingParams;
import id.etalase.member.MemberService;
import id.etalase.member.MemberView;
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

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

    @Inject
    MemberService members;

    @Inject
    CatalogService catalog;

    @GET
    @Operation(operationId = "listMembers", summary = "Active members by business name, filtered by sector, district and scale")
    public Page<MemberView> list(@Valid @BeanParam ListingParams params) {
        return members.listActive(params);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getMember", summary = "One active member's profile with its published products")
    public MemberDetailView get(@PathParam("slug") String slug) {
        return catalog.memberProfile(slug).orElseThrow(NotFoundException::new);
    }
}

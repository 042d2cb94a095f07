package id.etalase.catalog;

import id.etalase.account.AccountRoles;
import id.etalase.account.CurrentAccount;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.RateLimited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in member's own listings, as on the dashboard: the same rules, the same answers. */
@Path("/api/v1/me/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(AccountRoles.MEMBER)
@Tag(name = "My products")
public class MyProductsResource {

    /** A listing as an API client sends it. */
    public record ListingRequest(@Schema(required = true, maxLength = 150) String name,
            @Schema(maxLength = 5000) String description,
            @Schema(description = "Whole rupiah; absent or null for harga nego") Long price,
            @Schema(maxLength = 40) String unit,
            @Schema(required = true, description = "Sector slug, e.g. kuliner") String sector) {

        static ListingInput of(ListingRequest request) {
            if (request == null) {
                throw new InvalidInputException(FieldError.of("body", "problem_bodyRequired"));
            }
            return request.input();
        }

        ListingInput input() {
            return new ListingInput(name, description, price == null ? null : String.valueOf(price), unit, sector);
        }
    }

    /** What saving did (e.g. REVISION_PENDING for an edit of a live product) and the listing as it now is. */
    public record SaveAnswer(ListingService.Outcome outcome, OwnProductView product) {
    }

    @Inject
    ListingService listings;

    @Inject
    CurrentAccount signedIn;

    @Inject
    PhotoService photos;

    @GET
    @Operation(operationId = "listMyProducts", summary = "My products in every state, archived last")
    public List<OwnProductView> list() {
        return listings.ownProducts(signedIn.memberId());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyProduct", summary = "One of my products")
    public OwnProductView get(@PathParam("id") long id) {
        return listings.ownProduct(signedIn.memberId(), id).orElseThrow(NotFoundException::new);
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Operation(operationId = "createMyProduct", summary = "Add a product: a draft, or submitted for review with"
            + " submit=true (kept as a draft until the member is approved)")
    public Response create(ListingRequest request, @QueryParam("submit") boolean submit) {
        long member = signedIn.memberId();
        ListingService.Saved saved = listings.create(member, ListingRequest.of(request), submit);
        return Response.created(URI.create("/api/v1/me/products/" + saved.productId()))
                .entity(new SaveAnswer(saved.outcome(), listings.ownProduct(member, saved.productId()).orElseThrow()))
                .build();
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateMyProduct", summary = "Change a product; a live product's change waits as a"
            + " revision (a new price alone goes live at once)")
    public SaveAnswer update(@PathParam("id") long id, ListingRequest request, @QueryParam("submit") boolean submit) {
        long member = signedIn.memberId();
        ListingService.Outcome outcome = listings.update(member, id, ListingRequest.of(request), submit);
        return new SaveAnswer(outcome, listings.ownProduct(member, id).orElseThrow());
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitMyProduct", summary = "Submit a draft or rejected product for review")
    public SaveAnswer submit(@PathParam("id") long id) {
        long member = signedIn.memberId();
        ListingService.Outcome outcome = listings.submit(member, id);
        return new SaveAnswer(outcome, listings.ownProduct(member, id).orElseThrow());
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archiveMyProduct", summary = "Hide a product (shown again with /show)")
    public OwnProductView archive(@PathParam("id") long id) {
        long member = signedIn.memberId();
        listings.archive(member, id);
        return listings.ownProduct(member, id).orElseThrow();
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Path("/{id}/show")
    @Operation(operationId = "showMyProduct", summary = "Show a hidden product again: live at once if it was live")
    public SaveAnswer show(@PathParam("id") long id) {
        long member = signedIn.memberId();
        ListingService.Outcome outcome = listings.show(member, id);
        return new SaveAnswer(outcome, listings.ownProduct(member, id).orElseThrow());
    }

    /** The photos a product shows (or will show once its waiting edit is approved), cover first. */
    public record PhotosAnswer(ListingService.Outcome outcome, List<PhotoView> photos) {
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Path("/{id}/photos")
    @Consumes({ "image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(operationId = "addMyProductPhoto", summary = "Add one photo (the file as the body, up to 15 MB);"
            + " it goes last, or first when the product has none. A live product's photos change with a revision")
    public PhotosAnswer addPhoto(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
            InputStream photo) {
        long member = signedIn.memberId();
        return photosAnswer(member, id, listings.addPhoto(member, id, length, photo));
    }

    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @PUT
    @Path("/{id}/photos")
    @Operation(operationId = "setMyProductPhotos", summary = "Keep these photos in this order, the first as the"
            + " cover; the others are removed")
    public PhotosAnswer setPhotos(@PathParam("id") long id, List<Long> photoIds) {
        long member = signedIn.memberId();
        ListingService.Outcome outcome = listings.setPhotos(member, id, photoIds == null ? List.of() : photoIds);
        return photosAnswer(member, id, outcome);
    }

    private PhotosAnswer photosAnswer(long member, long id, ListingService.Outcome outcome) {
        return new PhotosAnswer(outcome, photos.views(member, listings.form(member, id).orElseThrow().photoIds()));
    }
}

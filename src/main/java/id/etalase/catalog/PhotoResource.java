package id.etalase.catalog;

import id.etalase.account.AccountView;
import id.etalase.account.CurrentAccount;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Photo files. A public one may be kept by browsers and proxies for a day (then revalidated by its ETag, the
 * content hash), so a product taken off the site stops showing its photos within a day; a photo that is not public
 * is served only to its member and the admins, and never stored by a cache.
 */
@Path("/foto")
public class PhotoResource {

    static final String PUBLIC_CACHE = "public, max-age=86400";
    static final String PRIVATE_CACHE = "private, no-store";

    @Inject
    PhotoService photos;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentAccount signedIn;

    @GET
    @Path("/{id:\\d{1,18}}-{hash:[0-9a-f]{16}}-{size:\\d{3,4}}.jpg")
    @Produces("image/jpeg")
    @Operation(hidden = true)
    public Response photo(@PathParam("id") long id, @PathParam("hash") String hash, @PathParam("size") int size,
            @Context Request request) {
        PhotoService.Rendition photo = photos.rendition(id, hash, size).orElseThrow(NotFoundException::new);
        if (!photo.isPublic()) {
            if (!mayView(photo)) {
                throw new NotFoundException();
            }
            return Response.ok(photo.jpeg()).header(HttpHeaders.CACHE_CONTROL, PRIVATE_CACHE).build();
        }
        EntityTag tag = new EntityTag(photo.hash().substring(0, 16) + "-" + size);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(photo.jpeg())).tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE).build();
    }

    private boolean mayView(PhotoService.Rendition photo) {
        if (identity.isAnonymous()) {
            return false;
        }
        AccountView viewer = signedIn.account();
        return viewer.admin() || Objects.equals(viewer.memberId(), photo.memberId());
    }
}

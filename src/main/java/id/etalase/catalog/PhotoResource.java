package id.etalase.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Photo files: the hash in the address changes with the content, so each may be cached for a year. */
@Path("/foto")
public class PhotoResource {

    @Inject
    PhotoService photos;

    @GET
    @Path("/{id:\\d{1,18}}-{hash:[0-9a-f]{16}}-{size:\\d{3,4}}.jpg")
    @Produces("image/jpeg")
    @Operation(hidden = true)
    public Response photo(@PathParam("id") long id, @PathParam("hash") String hash, @PathParam("size") int size) {
        byte[] jpeg = photos.read(id, hash, size).orElseThrow(NotFoundException::new);
        return Response.ok(jpeg)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .build();
    }
}

package id.etalase.enquiry;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** QR codes of product and member pages as PNG images, for printing at stalls. */
// One class path per image, ending in the literal /qr.png, so neither competes with the pages at /produk/{slug}
// and /anggota/{slug}; the regex keeps the two in one class.
@Path("/{page: produk|anggota}/{slug}/qr.png")
public class QrCodeResource {

    static final String PNG = "image/png";

    @Inject
    QrCodes qrCodes;

    @GET
    @Produces(PNG)
    @Operation(hidden = true)
    public Response image(@PathParam("page") String page, @PathParam("slug") String slug) {
        Optional<byte[]> png = "produk".equals(page) ? qrCodes.productPage(slug) : qrCodes.memberPage(slug);
        return Response.ok(png.orElseThrow(NotFoundException::new), PNG)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .build();
    }
}

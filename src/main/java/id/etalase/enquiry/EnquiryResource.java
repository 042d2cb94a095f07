package id.etalase.enquiry;

import id.etalase.common.RateLimited;
import id.etalase.i18n.Languages;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** "Pesan via WhatsApp": counts the enquiry, then sends the shopper on to the seller's chat (303). */
// The class path ends in the literal /whatsapp so it never competes with the page resource's /produk/{slug}.
@Path("/produk/{slug}/whatsapp")
public class EnquiryResource {

    @Inject
    EnquiryService enquiries;

    @RateLimited(RateLimited.ENQUIRY)
    @GET
    @Operation(hidden = true)
    public Response chat(@PathParam("slug") String slug, @QueryParam("lang") String lang,
            @CookieParam(Languages.COOKIE) String chosenLanguage, HttpServerRequest request) {
        URI chat = enquiries.enquire(slug, Languages.messages(textLanguage(lang, chosenLanguage)),
                RequestInfo.from(request))
                .orElseThrow(NotFoundException::new);
        return Response.seeOther(chat)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }

    /**
     * The text goes to an Indonesian seller, so it is English only when the shopper chose English on the portal
     * (?lang=en or the cookie that remembers it), not because the phone's Accept-Language is English.
     */
    static String textLanguage(String lang, String chosenLanguage) {
        if (Languages.isSupported(lang)) {
            return lang;
        }
        return Languages.isSupported(chosenLanguage) ? chosenLanguage : Languages.INDONESIAN;
    }
}

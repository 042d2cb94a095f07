package id.etalase.web;

import id.etalase.i18n.Languages;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a language chosen with ?lang=en or ?lang=id for the shopper's next pages. */
public class LanguageCookieFilter {

    static final int ONE_YEAR = 365 * 24 * 3600;

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        String chosen = request.getUriInfo().getQueryParameters().getFirst("lang");
        if (Languages.isSupported(chosen)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Languages.COOKIE + "=" + chosen + "; Path=/; Max-Age="
                    + ONE_YEAR + "; SameSite=Lax");
        }
    }
}

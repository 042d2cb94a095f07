package id.etalase.web;

import id.etalase.account.SessionCookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that changes something must come from the portal's own pages: a browser's Origin (or Sec-Fetch-Site)
 * naming another site is refused before anything runs. And one rule for the CSRF token (quarkus-rest-csrf): every
 * write outside the API is a form, which the token check then covers, so a POST without a body or with another
 * type (which that check would let through untouched) is refused like a missing token; an API write that relies on
 * the session cookie instead of its own credentials must send a body no plain HTML form can send (JSON, an image).
 */
public class SameOriginWrites {

    /** Thrown for a write sent from another site's page. */
    public static class CrossSiteRequestException extends RuntimeException {
        CrossSiteRequestException() {
            super("cross-site write refused");
        }
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SessionCookie session;

    @ServerRequestFilter(preMatching = true)
    public void refuseCrossSiteWrites(ContainerRequestContext context, HttpServerRequest request) {
        if (SAFE_METHODS.contains(context.getMethod())) {
            return;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean crossSite = "cross-site".equals(fetchSite) || "same-site".equals(fetchSite)
                || (origin != null && !origin.equals(request.scheme() + "://" + request.authority()));
        if (crossSite) {
            throw new CrossSiteRequestException();
        }
    }

    /**
     * Answered 400 with no body, as quarkus-rest-csrf answers a missing token (EmptyErrorBodies explains it); null
     * lets the request go on. After matching, so that a method or type the address does not take keeps its 405 or
     * 415.
     */
    @ServerRequestFilter
    public Response refuseWritesTheTokenCheckWouldNotSee(ContainerRequestContext context, RoutingContext routing) {
        if (SAFE_METHODS.contains(context.getMethod())) {
            return null;
        }
        MediaType type = context.getMediaType();
        boolean form = isForm(type);
        boolean refused;
        // The normalised path, as the routes are matched: /api/../keluar is no API write.
        if (ProblemMapper.isApi(routing.normalizedPath())) {
            boolean sessionOnly = routing.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                    && routing.request().getCookie(session.name()) != null;
            refused = sessionOnly && (type == null || form || isType(type, MediaType.TEXT_PLAIN_TYPE));
        } else {
            refused = !form;
        }
        return refused ? Response.status(Response.Status.BAD_REQUEST).build() : null;
    }

    private static boolean isForm(MediaType type) {
        return type != null && (isType(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || isType(type, MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static boolean isType(MediaType type, MediaType expected) {
        return type.getType().equalsIgnoreCase(expected.getType())
                && type.getSubtype().equalsIgnoreCase(expected.getSubtype());
    }
}

package id.etalase.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that changes something must come from the portal's own pages: a browser's Origin (or Sec-Fetch-Site)
 * naming another site is refused before anything runs. The CSRF token (quarkus-rest-csrf) guards forms as well.
 */
public class SameOriginWrites {

    /** Thrown for a write sent from another site's page. */
    public static class CrossSiteRequestException extends RuntimeException {
        CrossSiteRequestException() {
            super("cross-site write refused");
        }
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

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
}

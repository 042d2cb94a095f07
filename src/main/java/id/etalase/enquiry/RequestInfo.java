package id.etalase.enquiry;

import id.etalase.common.ClientNetworks;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * What counting needs to know about one request: who asks (User-Agent and address, only ever stored hashed), the
 * portal page it came from, and whether the browser is merely prefetching or loading the URL into another page.
 *
 * @param clientAddress the peer's address, or the address a trusted proxy forwarded (quarkus.http.proxy.*)
 * @param sourcePage a path on this portal without its query (search words stay private), or null
 * @param navigation false when the browser says this is not a top-level page load (an image, a script, a fetch)
 */
public record RequestInfo(String userAgent, String clientAddress, String sourcePage, boolean prefetch,
        boolean navigation) {

    static final int MAX_SOURCE_PAGE = 255;

    /**
     * Reads a request as Vert.x received it. Quarkus has already replaced the peer address and host with the
     * X-Forwarded-* values when, and only when, the request came from a configured trusted proxy.
     */
    public static RequestInfo from(HttpServerRequest request) {
        String host = request.authority() == null ? null : request.authority().host();
        return of(request.getHeader("User-Agent"), ClientNetworks.addressOf(request), request.getParam("from"),
                request.getHeader("Referer"), host, isPrefetch(request), isNavigation(request));
    }

    /** Chrome's speculative loads send Sec-Purpose: prefetch (or prefetch;prerender); older browsers Purpose or X-Moz. */
    private static boolean isPrefetch(HttpServerRequest request) {
        for (String header : List.of("Sec-Purpose", "Purpose", "X-Moz")) {
            String value = request.getHeader(header);
            if (value != null && value.toLowerCase(Locale.ROOT).contains("prefetch")) {
                return true;
            }
        }
        return false;
    }

    /** Browsers that send Fetch Metadata say whether this is a page load; an {@code <img>} on another site is not. */
    static boolean isNavigation(HttpServerRequest request) {
        return isNavigation(request.getHeader("Sec-Fetch-Mode"), request.getHeader("Sec-Fetch-Dest"));
    }

    static boolean isNavigation(String mode, String dest) {
        boolean modeSaysNo = mode != null && !mode.equalsIgnoreCase("navigate");
        boolean destSaysNo = dest != null && !dest.equalsIgnoreCase("document");
        return !modeSaysNo && !destSaysNo;
    }

    /**
     * The page it came from is a {@code from} parameter naming a local path, else the Referer's path when the
     * Referer is this portal; another site's URL is not kept, and neither is any query, as both may carry personal
     * data.
     */
    static RequestInfo of(String userAgent, String remoteAddress, String from, String referer, String host,
            boolean prefetch, boolean navigation) {
        String source = localPath(from) ? from : sameSitePath(referer, host);
        return new RequestInfo(userAgent == null ? "" : userAgent, remoteAddress == null ? "" : remoteAddress,
                clean(source), prefetch, navigation);
    }

    private static boolean localPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
    }

    private static String sameSitePath(String referer, String host) {
        if (referer == null || host == null) {
            return null;
        }
        try {
            URI uri = new URI(referer.strip());
            String ownHost = new URI("http://" + host.strip()).getHost();
            if (uri.getHost() == null || ownHost == null || !uri.getHost().equalsIgnoreCase(ownHost)) {
                return null;
            }
            return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Without its query or fragment, without control characters and cut to the column's length. */
    private static String clean(String path) {
        if (path == null) {
            return null;
        }
        String withoutQuery = path.replaceAll("[?#].*", "");
        String printable = withoutQuery.replaceAll("\\p{Cntrl}", "");
        return printable.length() > MAX_SOURCE_PAGE ? printable.substring(0, MAX_SOURCE_PAGE) : printable;
    }
}

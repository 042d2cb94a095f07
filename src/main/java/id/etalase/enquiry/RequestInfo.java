package id.etalase.enquiry;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * What counting needs to know about one request: who asks (User-Agent and address, only ever stored hashed), the
 * portal page it came from, and whether the browser is merely prefetching.
 *
 * @param sourcePage a path on this portal (with its query), or null when the request came from elsewhere
 */
public record RequestInfo(String userAgent, String clientAddress, String sourcePage, boolean prefetch) {

    static final int MAX_SOURCE_PAGE = 255;

    /** Reads a request as Vert.x received it; a resource gets it with an {@code HttpServerRequest} parameter. */
    public static RequestInfo from(HttpServerRequest request) {
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String forwardedHost = request.getHeader("X-Forwarded-Host");
        return of(request.getHeader("User-Agent"), request.getHeader("X-Forwarded-For"), remote,
                request.getParam("from"), request.getHeader("Referer"),
                forwardedHost != null ? forwardedHost : request.getHeader("Host"),
                isPrefetch(request));
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

    /**
     * The client is the first address of X-Forwarded-For (the ingress in front of the app adds it), else the peer.
     * The page it came from is a {@code from} parameter naming a local path, else the Referer's path when the
     * Referer is this portal; another site's URL is not kept, as it may carry personal data.
     */
    static RequestInfo of(String userAgent, String forwardedFor, String remoteAddress, String from, String referer,
            String host, boolean prefetch) {
        String client = remoteAddress;
        if (forwardedFor != null && !forwardedFor.isBlank()) {
            client = forwardedFor.split(",")[0].strip();
        }
        String source = localPath(from) ? from : sameSitePath(referer, host);
        return new RequestInfo(userAgent == null ? "" : userAgent, client == null ? "" : client, clean(source),
                prefetch);
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
            String ownHost = new URI("http://" + host.split(",")[0].strip()).getHost();
            if (uri.getHost() == null || ownHost == null || !uri.getHost().equalsIgnoreCase(ownHost)) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Without control characters and cut to the column's length. */
    private static String clean(String path) {
        if (path == null) {
            return null;
        }
        String printable = path.replaceAll("\\p{Cntrl}", "");
        return printable.length() > MAX_SOURCE_PAGE ? printable.substring(0, MAX_SOURCE_PAGE) : printable;
    }
}

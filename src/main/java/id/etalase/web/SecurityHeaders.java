package id.etalase.web;

import id.etalase.account.SessionCookie;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every response, page, API answer, static file or error alike, leaves with the same security headers; and every
 * personal answer (a private path, or any answer to a request with credentials: a session cookie, whose renewal it
 * may carry, or an Authorization header) with {@code Cache-Control: no-store}, so that no shared cache hands it to
 * someone else. A photo or static file fetched with a session stays cacheable by the browser alone.
 */
@ApplicationScoped
public class SecurityHeaders {

    @Inject
    SessionCookie session;

    /**
     * Scripts only from the portal's own files (JSON-LD is data, not script, and needs no exception); images may be
     * data: URLs; nothing may frame the portal.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI starts itself with an inline script; only its own pages allow one. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    /**
     * Pages and API answers that belong to one person (a member's or an admin's, a password reset) or carry a form's
     * token: each is the path itself or anything under it.
     */
    static final List<String> PERSONAL_PATHS = List.of("/akun", "/admin", "/api/v1/me", "/api/v1/admin", "/sandi-baru",
            "/masuk", "/daftar", "/keluar", "/laporkan");

    /** Forwarding without a list of trusted proxies would let any client choose its own address and host. */
    void refuseTrustingEveryoneInProduction(@Observes StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        boolean forwarding = config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)
                .orElse(false);
        boolean trusted = config.getOptionalValue("quarkus.http.proxy.trusted-proxies", String.class)
                .filter(s -> !s.isBlank()).isPresent();
        if (ConfigUtils.isProfileActive("prod") && forwarding && !trusted) {
            throw new IllegalStateException("PROXY_ADDRESS_FORWARDING=true needs TRUSTED_PROXIES (the ingress's"
                    + " addresses or CIDR)");
        }
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addHeaders);
    }

    void addHeaders(RoutingContext context) {
        HttpServerResponse response = context.response();
        boolean swagger = context.request().path() != null && context.request().path().startsWith("/q/swagger-ui");
        response.putHeader("Content-Security-Policy", swagger ? SWAGGER_POLICY : POLICY);
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.putHeader("X-Frame-Options", "DENY");
        // The scheme as the trusted proxy in front reports it (quarkus.http.proxy.*), else the connection's own.
        if ("https".equals(context.request().scheme())) {
            response.putHeader("Strict-Transport-Security", HSTS);
        }
        boolean personalPath = isPersonal(context.normalizedPath());
        boolean signedIn = context.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || context.request().getCookie(session.name()) != null;
        if (personalPath || signedIn) {
            // Set when the headers go out, so that no resource (nor an error page) can leave one cacheable.
            context.addHeadersEndHandler(end -> {
                String declared = response.headers().get(HttpHeaders.CACHE_CONTROL);
                if (!personalPath && declared != null && declared.contains("public")) {
                    // A photo or static file is the same for everyone: the browser keeps it, no shared cache does
                    // (the answer may carry the session's renewal).
                    response.headers().set(HttpHeaders.CACHE_CONTROL, declared.replace("public", "private"));
                } else {
                    response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
                if (personalPath) {
                    // Who is signed in decides what these paths answer (the page, or the way to the login form).
                    response.headers().add(HttpHeaders.VARY, "Cookie");
                }
            });
        }
        context.next();
    }

    /** One of PERSONAL_PATHS or a path under one (not /akunx). */
    static boolean isPersonal(String path) {
        if (path == null) {
            return false;
        }
        return PERSONAL_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }
}

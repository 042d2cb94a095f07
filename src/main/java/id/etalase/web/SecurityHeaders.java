package id.etalase.web;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Every response, page, API answer, static file or error alike, leaves with the same security headers. */
@ApplicationScoped
public class SecurityHeaders {

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
        context.next();
    }
}

package id.etalase.web;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Behind the TLS-terminating ingress the app's own connection is plain http, so quarkus-rest-csrf would never mark
 * its token cookie Secure by itself: the production profile forces it (the session cookie follows the forwarded
 * scheme, see BehindTrustedProxyTest).
 */
class ProductionCookiesTest {

    static SmallRyeConfig profile(String profile) throws IOException {
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri()
                        .toURL(), 250))
                .build();
    }

    @Test
    void theCsrfCookieIsSecureInProductionAndOnlyThere() throws IOException {
        assertEquals(true, profile("prod").getOptionalValue("quarkus.rest-csrf.cookie-force-secure", Boolean.class)
                .orElse(false), "production: Secure whatever the connection behind the ingress");
        assertEquals(false, profile("dev").getOptionalValue("quarkus.rest-csrf.cookie-force-secure", Boolean.class)
                .orElse(false), "development runs over http://localhost");
    }
}

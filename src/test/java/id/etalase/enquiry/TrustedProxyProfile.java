package id.etalase.enquiry;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The app behind a reverse proxy on loopback, which it trusts: the tests play that proxy. */
public class TrustedProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
    }
}

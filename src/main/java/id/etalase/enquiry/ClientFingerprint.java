package id.etalase.enquiry;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/** Recognises a returning client without keeping its address: SHA-256 of the salt, the address and the User-Agent. */
@ApplicationScoped
public class ClientFingerprint {

    private static final Logger LOG = Logger.getLogger(ClientFingerprint.class);

    @Inject
    EnquiryConfig config;

    void warnAboutDevSalt(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && EnquiryConfig.DEV_SALT.equals(config.salt())) {
            LOG.warn("ENQUIRY_SALT is not set: client hashes use the public development salt. Set it in production.");
        }
    }

    /** 64 lowercase hex digits; the same client (address and browser) always gives the same hash. */
    public String hash(RequestInfo request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // Separators keep ("1.2.3.4", "5 UA") and ("1.2.3.45", " UA") apart.
            String input = config.salt() + "\n" + request.clientAddress() + "\n" + request.userAgent();
            return HexFormat.of().formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

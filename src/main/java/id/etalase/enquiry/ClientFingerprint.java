package id.etalase.enquiry;

import id.etalase.common.ClientNetworks;
import id.etalase.common.Secrets;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recognises a returning client without keeping its address: an HMAC of the address (its /64 for IPv6, see
 * common.ClientNetworks) under a key
 * made of the secret and that day's random key, so a stored hash cannot be matched back to an address, nor one
 * shopper followed from one day to the next; once a day's random key is deleted, neither can anyone with the secret.
 */
@ApplicationScoped
public class ClientFingerprint {

    /** Today's hash, and the same client's hash under yesterday's key, so a window across midnight still holds. */
    public record Hashes(String today, String yesterday) {
    }

    @Inject
    EnquiryConfig config;

    @Inject
    DailyKeys keys;

    Clock clock = Clock.systemUTC();

    void refuseWeakSecretInProduction(@Observes StartupEvent event) {
        Secrets.refuseWeakInProduction("ENQUIRY_SALT", config.salt());
    }

    /**
     * The client for counting views and enquiries: its network and its User-Agent, so that two people behind one
     * address (a carrier's NAT, an office) count as two. 64 lowercase hex digits each; the same on the same day.
     */
    public Hashes hashes(RequestInfo request) {
        return hashes("counting\n" + ClientNetworks.of(request.clientAddress()) + "\n" + request.userAgent());
    }

    /**
     * The client for a limit (shoppers' reports): its network alone, since the User-Agent is the sender's to choose
     * and a new one must not buy a new allowance.
     */
    public Hashes limitHashes(RequestInfo request) {
        return hashes("limit\n" + ClientNetworks.of(request.clientAddress()));
    }

    private Hashes hashes(String client) {
        LocalDate today = today();
        String todays = hash(keys.key(today), client);
        return new Hashes(todays, keys.existing(today.minusDays(1)).map(key -> hash(key, client)).orElse(todays));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The separators keep ("1.2.3.4", "5 UA") and ("1.2.3.45", " UA") apart, and a limit's key from a count's. */
    private String hash(byte[] dayKey, String client) {
        byte[] key = hmac(config.salt().getBytes(StandardCharsets.UTF_8), dayKey);
        return HexFormat.of().formatHex(hmac(key, client.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(byte[] key, byte[] text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
